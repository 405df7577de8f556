-- The CRM contract tables as user-storage's META-INF/sportello/crm-demo-changelog.xml creates them on PostgreSQL,
-- split in two so the bulk load runs before any key, constraint or index exists. Keep in step with that changelog.
create table customer (
    customer_code varchar(32) not null,
    kind varchar(16) not null,
    first_name varchar(100),
    last_name varchar(100),
    company_name varchar(255),
    tax_id varchar(16) not null,
    email varchar(255),
    phone varchar(32),
    fax varchar(32),
    street varchar(255),
    postal_code varchar(10),
    city varchar(100),
    province varchar(2),
    supplier boolean default false not null,
    prequalified boolean default false not null,
    prequalified_at timestamp(6),
    legacy_password_hash varchar(255),
    legacy_password_algorithm varchar(32),
    updated_at timestamp(6) not null
);
create table supply_point (
    id bigint not null,
    customer_code varchar(32) not null,
    commodity varchar(16) not null,
    pod_pdr varchar(32) not null,
    street varchar(255),
    postal_code varchar(10),
    city varchar(100),
    province varchar(2),
    meter_type varchar(32),
    has_corrector boolean default false not null
);
create table invoice (
    invoice_number varchar(32) not null,
    customer_code varchar(32) not null,
    supply_point_id bigint,
    issue_date date not null,
    period_from date,
    period_to date,
    amount decimal(12,2) not null,
    due_date date,
    status varchar(16) not null,
    pdf_location varchar(512)
);
create table consumption (
    supply_point_id bigint not null,
    period_year int not null,
    period_month int not null,
    energy_kwh decimal(12,3),
    power_kw decimal(10,3),
    volume_m3 decimal(12,3)
);
create table contratto (
    id bigint not null,
    supply_point_id bigint not null,
    offerta varchar(255) not null,
    data_inizio date not null,
    data_fine date,
    potenza_impegnata_kw decimal(9,2),
    potenza_disponibile_kw decimal(9,2),
    tensione varchar(32),
    uso varchar(32),
    modalita_pagamento varchar(16) not null,
    iban varchar(34),
    mandato_sepa varchar(35)
);
create table misuratore (
    id bigint not null,
    supply_point_id bigint not null,
    matricola varchar(32) not null,
    tipo varchar(32),
    classe varchar(8),
    matricola_correttore varchar(32),
    data_installazione date not null
);
create table documento (
    id bigint not null,
    customer_code varchar(32),
    categoria varchar(32) not null,
    titolo varchar(255) not null,
    data_documento date not null,
    lingua varchar(16) not null,
    nome_file varchar(255) not null,
    tipo_contenuto varchar(100) not null,
    percorso varchar(255),
    contenuto bytea
);
create table metering_interval (
    supply_point_id bigint not null,
    interval_start timestamp not null,
    interval_minutes int not null,
    energy_kwh decimal(12,3),
    power_kw decimal(10,3),
    volume_smc decimal(12,3)
);
create table avviso (
    id bigint not null,
    customer_code varchar(32),
    gravita varchar(16) not null,
    titolo varchar(255) not null,
    testo varchar(2000) not null,
    lingua varchar(16),
    valido_dal timestamp(6) not null,
    valido_al timestamp(6),
    sezione varchar(32)
);
