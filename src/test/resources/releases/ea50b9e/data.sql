-- Rows of release ea50b9e: the first release's midwife had her roles changed twice, so a session
-- signed in before the second change ends at its next request.
UPDATE user_account SET access_stamp = 3 WHERE id = 9001;
