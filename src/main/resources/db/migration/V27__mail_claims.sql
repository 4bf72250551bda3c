-- A try of an alert or reminder e-mail is claimed in a short transaction and sent with none open,
-- as webhook deliveries are since V26: no row lock or connection is held while the mail server
-- answers. mail_claimed_until is the claim's lease (a node that dies mid-try loses its claim when
-- it runs out), mail_claim_token tells the claimant's outcome from a stale one.
alter table notification
    add column mail_claimed_until timestamp with time zone,
    add column mail_claim_token   varchar(36);

alter table reminder_sent
    add column mail_claimed_until timestamp with time zone,
    add column mail_claim_token   varchar(36);
