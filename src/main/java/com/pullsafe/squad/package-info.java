/**
 * The squad at a glance (issue 16): a coach's athletes, or a tenant admin's whole tenant, over the
 * last {@link com.pullsafe.squad.SquadWindow#WEEKS} weeks, sorted by risk and paged in the
 * database; and the trends a coach can act on: the share of flagged reports by week, the most
 * common findings, and per athlete pain and top set against the progression cap.
 */
package com.pullsafe.squad;
