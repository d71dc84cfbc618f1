-- A message without a Message-ID is known by the hash of its bytes with their line ends made
-- alike (CRLF, one at the end): a file saved with LF line ends and the same message from the
-- server are one message. The program (rehashMailIdentities) writes the identities of the
-- messages already stored so; of two stored that prove the same message, the second keeps its
-- old identity.

SELECT 1;
