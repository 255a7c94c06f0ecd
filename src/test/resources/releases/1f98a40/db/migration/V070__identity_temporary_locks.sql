-- Wrong passwords lock an account for a while instead of until an administrator resets it:
-- locked_until ends the lock by itself; lock_count makes each following lock last longer.
-- The column "locked" stays for a lock that only an administrator lifts.
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN lock_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD CONSTRAINT ck_user_account_lock_count CHECK (lock_count >= 0);
