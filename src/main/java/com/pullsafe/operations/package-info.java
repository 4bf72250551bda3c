/**
 * What an operator watches: MicroProfile Health checks (readiness: the database answers and its
 * schema carries every migration) and the portal's own Micrometer meters (reports by level, alert
 * mails sent or failed, the open flagged queue). WildFly serves both on its management interface:
 * {@code /health/ready}, {@code /health/live} and {@code /metrics}.
 */
package com.pullsafe.operations;
