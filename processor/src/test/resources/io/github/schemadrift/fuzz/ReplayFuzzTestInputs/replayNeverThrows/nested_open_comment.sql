CREATE TABLE e (id INT DEFAULT ((((((((((((((((((((1)))))))))))))))))))), /* never closed
