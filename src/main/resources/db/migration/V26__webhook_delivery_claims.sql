-- A try of a webhook delivery is claimed in a short transaction and sent with no transaction open:
-- claimed_until is the claim's lease (a node that dies mid-try loses its claim when it runs out),
-- claim_token tells the claimant's outcome from a stale one.
alter table webhook_delivery
    add column claimed_until timestamp with time zone,
    add column claim_token   varchar(36);

-- The senders look for an endpoint's next due delivery, oldest first.
create index webhook_delivery_open_by_endpoint on webhook_delivery (endpoint_id, created_at, id)
    where status in ('PENDING', 'RETRYING');
