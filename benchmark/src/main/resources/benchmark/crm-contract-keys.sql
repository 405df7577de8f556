-- Keys, constraints and indexes of the CRM contract tables (crm-demo-changelog.xml), built after the bulk load.
alter table customer add constraint pk_customer primary key (customer_code);
create index ix_customer_tax_id on customer (tax_id);
create index ix_customer_updated_at on customer (updated_at, customer_code);
create index ix_customer_email_lower on customer (lower(email));
alter table supply_point add constraint pk_supply_point primary key (id);
alter table supply_point add constraint uk_supply_point_pod_pdr unique (pod_pdr);
alter table supply_point add constraint fk_supply_point_customer foreign key (customer_code) references customer (customer_code);
create index ix_supply_point_customer on supply_point (customer_code);
alter table invoice add constraint pk_invoice primary key (invoice_number);
alter table invoice add constraint fk_invoice_customer foreign key (customer_code) references customer (customer_code);
alter table invoice add constraint fk_invoice_supply_point foreign key (supply_point_id) references supply_point (id);
create index ix_invoice_point_date on invoice (supply_point_id, issue_date);
create index ix_invoice_customer on invoice (customer_code);
alter table consumption add constraint pk_consumption primary key (supply_point_id, period_year, period_month);
alter table consumption add constraint fk_consumption_supply_point foreign key (supply_point_id) references supply_point (id);
alter table metering_interval add constraint pk_metering_interval primary key (supply_point_id, interval_start);
alter table metering_interval add constraint fk_metering_interval_supply_point foreign key (supply_point_id) references supply_point (id);
