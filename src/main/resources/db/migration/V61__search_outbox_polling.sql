-- Hibernate Search's outbox-polling coordination (gyakorlattar.search.backend=opensearch): each
-- transaction that changes an indexed entity adds its event here, and the instances' agents
-- (registered in hsearch_agent) share the events out and carry them to OpenSearch. Columns as Hibernate Search
-- 8.2 maps them (its entity mappings through Spring's snake-case naming). The tables
-- are created in every installation, so that switching the backend needs no other migration.
create table hsearch_agent (
	id uuid not null primary key,
	tenant_id varchar(255),
	type varchar(255) not null,
	name varchar(255) not null,
	expiration timestamp(6) with time zone not null,
	state varchar(255) not null,
	total_shard_count integer,
	assigned_shard_index integer,
	payload bytea
);

create table hsearch_outbox_event (
	id uuid not null primary key,
	tenant_id varchar(255),
	entity_name varchar(256) not null,
	entity_id varchar(256) not null,
	entity_id_hash integer not null,
	payload bytea not null,
	retries integer not null,
	process_after timestamp(6) with time zone not null,
	status varchar(255) not null
);

create index hsearch_outbox_event_entity_id_hash on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);
