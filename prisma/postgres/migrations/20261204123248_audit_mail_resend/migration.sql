-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'RESEND_MAIL';

-- AlterEnum
ALTER TYPE "AuditTarget" ADD VALUE 'MAIL';

