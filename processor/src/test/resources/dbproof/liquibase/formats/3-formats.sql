--liquibase formatted sql

--changeset proof:s-01
CREATE TABLE sql_note (id INT PRIMARY KEY, body VARCHAR(300) NOT NULL);

--changeset proof:s-02 context:never
ALTER TABLE sql_note ADD never_added INT;

--changeset proof:s-03 dbms:postgresql
ALTER TABLE sql_note ADD COLUMN pg_note TEXT;

--changeset proof:s-04 dbms:mariadb
ALTER TABLE sql_note ADD COLUMN maria_note TEXT;
