-- the default of t2.id still draws from it
DROP SEQUENCE t_id_seq;
