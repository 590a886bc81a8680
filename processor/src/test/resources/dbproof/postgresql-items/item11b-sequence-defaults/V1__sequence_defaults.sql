-- a serial column whose default is moved to a sequence of its own choosing, the serial's sequence
-- dropped, then the table renamed: no new owned sequence appears (ohdsi-webapi V2.7.0.20190128134827)
CREATE TABLE public.analysis (id SERIAL, label varchar(20));
CREATE SEQUENCE public.analysis_sequence;
ALTER TABLE public.analysis ALTER COLUMN id SET DEFAULT nextval('public.analysis_sequence');
DROP SEQUENCE IF EXISTS public.analysis_id_seq;
ALTER TABLE public.analysis ADD COLUMN note text;
ALTER TABLE public.analysis RENAME TO analysis_status;
-- a renamed sequence: the defaults that draw from it follow (ohdsi-webapi V2.9.0.20210812164224)
CREATE SEQUENCE tags_seq;
CREATE TABLE tag (id bigint NOT NULL DEFAULT nextval('tags_seq'), name varchar(20));
CREATE TABLE tag_copy (id bigint DEFAULT NEXTVAL('public.TAGS_SEQ'::regclass));
ALTER SEQUENCE public.tags_seq RENAME TO tag_seq;
