-- When each periodic task (the alert-mail retry, ...) last started, on any node: the node whose
-- timer fires first in an interval claims it here, so a task runs once per interval per cluster.
-- Platform-wide (not tenant-owned).
create table scheduled_task_run (
    task       varchar(100) primary key,
    started_at timestamp with time zone not null
);
