-- CHANGE and MODIFY with FIRST or AFTER move the column (onap-so-catalog V5.6.1)
CREATE TABLE customization (model_uuid varchar(200) NOT NULL, label varchar(50), created datetime, ID INT(13) NOT NULL, note varchar(20));
ALTER TABLE customization CHANGE COLUMN `ID` `ID` INT(13) NOT NULL AUTO_INCREMENT FIRST, ADD PRIMARY KEY (`ID`);
ALTER TABLE customization MODIFY note varchar(40) AFTER model_uuid;
ALTER TABLE customization CHANGE COLUMN created created_at datetime AFTER ID;
ALTER TABLE customization MODIFY label varchar(60);
