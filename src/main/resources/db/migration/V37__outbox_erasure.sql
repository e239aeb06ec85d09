-- Erasure reaches the outbox: of a mail to an erased person only the fact that it was sent, and when, remains.
-- The personal columns become empty (null) and forgotten_at says when; a last mail to a person being erased (the
-- calendar cancellation) is marked to be forgotten as soon as it went out or was given up.
alter table mail_outbox
    alter column recipient drop not null,
    alter column subject drop not null,
    alter column body_text drop not null,
    alter column body_html drop not null,
    add column forget_once_sent boolean not null default false,
    add column forgotten_at timestamptz;
-- Erasure finds a person's mails by the normalised address (trimmed, lower case).
create index mail_outbox_recipient on mail_outbox (lower(btrim(recipient)));

-- A campaign's row of an erased address keeps its outbox message (for the campaign's counts), not the address.
alter table invitation_recipient alter column email drop not null;
create index invitation_recipient_email on invitation_recipient (email);

-- Whether an address still has a live registration decides if its mails are forgotten (see RegistrationManagement).
create index registration_live_email on registration (email_key) where anonymised_at is null;
