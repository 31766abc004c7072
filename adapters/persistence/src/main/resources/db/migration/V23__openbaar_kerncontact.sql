-- Which of the kernambtenaar's work contact details the public kern view shows is the gemeente's
-- choice (issue #14, docs/adr/0018): the e-mail address by default, the phone number not.
alter table gemeente add column kernambtenaar_email_openbaar boolean not null default true;
alter table gemeente add column kernambtenaar_telefoon_openbaar boolean not null default false;
