-- Phone keys written again: Hong Kong's and Taiwan's numbers are known without their
-- country code ("+852 9123 4567" as "91234567", "+886 912 345 678" as "0912345678"), and an
-- extension after "#" as one. The program (phoneKey) writes them for the rows already there.

SELECT 1;
