-- What DSpace's Java migration V6_0_2015_03_06__DS_2701_Dso_Uuid_Migration does on PostgreSQL,
-- written as SQL for the corpus proof (the corpus holds DSpace's SQL migrations only): it drops
-- the integer primary keys of the seven DSpaceObject tables, with the foreign keys that use them,
-- before V6.0_2015.03.07 gives those tables their uuid keys.
ALTER TABLE eperson DROP CONSTRAINT eperson_pkey CASCADE;
ALTER TABLE epersongroup DROP CONSTRAINT epersongroup_pkey CASCADE;
ALTER TABLE community DROP CONSTRAINT community_pkey CASCADE;
ALTER TABLE collection DROP CONSTRAINT collection_pkey CASCADE;
ALTER TABLE item DROP CONSTRAINT item_pkey CASCADE;
ALTER TABLE bundle DROP CONSTRAINT bundle_pkey CASCADE;
ALTER TABLE bitstream DROP CONSTRAINT bitstream_pkey CASCADE;
