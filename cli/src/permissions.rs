//! The Microsoft Graph application permissions each subcommand needs, least privileged first, as
//! Microsoft's API pages list them (docs/permissions.md names each page); every subcommand's help
//! ends with its line.

/// Reading a service principal's synchronization (its jobs, templates, a job's status).
pub const SYNC_READ: &str = "Permissions: Application.ReadWrite.OwnedBy (least privileged: the app must own the \
service principal), or Synchronization.Read.All, or Synchronization.ReadWrite.All. See docs/permissions.md.";

/// `schema pull`: Microsoft's table puts a custom-security-attribute permission first.
pub const SCHEMA_READ: &str = "Permissions: CustomSecAttributeProvisioning.Read.All (least privileged in \
Microsoft's table), Application.ReadWrite.OwnedBy (owned service principals), Synchronization.Read.All, or \
Synchronization.ReadWrite.All. See docs/permissions.md.";

/// Changing a service principal's synchronization (a job's lifecycle, schema, secrets, on-demand).
pub const SYNC_WRITE: &str = "Permissions: Application.ReadWrite.OwnedBy (least privileged: the app must own the \
service principal), or Synchronization.ReadWrite.All. See docs/permissions.md.";

/// `bulk-upload`.
pub const BULK_UPLOAD: &str = "Permissions: SynchronizationData-User.Upload.OwnedBy (least privileged), or \
SynchronizationData-User.Upload; finding the job by --template or as the only one also lists the jobs \
(Application.ReadWrite.OwnedBy or Synchronization.Read.All). See docs/permissions.md.";

/// `logs`.
pub const LOGS: &str = "Permissions: AuditLog.Read.All (the provisioning logs). See docs/permissions.md.";

/// `sync`.
pub const SYNC: &str = "Permissions: SynchronizationData-User.Upload.OwnedBy or SynchronizationData-User.Upload \
(the uploads), AuditLog.Read.All (what became of earlier runs' records), and, unless --no-schema-check with --job, \
Application.ReadWrite.OwnedBy or Synchronization.Read.All (the job's schema, and its listing to find the job). \
See docs/permissions.md.";

/// `fleet status`.
pub const FLEET: &str = "Permissions: Application.ReadWrite.OwnedBy (only the owned service principals' jobs), or \
Synchronization.Read.All, or Synchronization.ReadWrite.All; --filter also lists service principals \
(Application.Read.All). See docs/permissions.md.";

/// `app instantiate`.
pub const APP: &str = "Permissions: Application.ReadWrite.OwnedBy (the app then owns what it instantiates, so the \
job, secrets and start need no more), or Application.ReadWrite.All with Synchronization.ReadWrite.All. See \
docs/permissions.md.";

/// `connection show` (Graph beta).
pub const CONNECTION_SHOW: &str = "Permissions: SynchronizationMetadata.Read.OwnedBy (least privileged: jobs of \
service principals the app owns), or SynchronizationMetadata.Read.All. See docs/permissions.md.";

/// `connection repair` (Graph beta).
pub const CONNECTION_REPAIR: &str = "Permissions: SynchronizationMetadata.ReadWrite.OwnedBy or \
SynchronizationMetadata.ReadWrite.All (get and delete the connection), and Application.ReadWrite.OwnedBy or \
Synchronization.ReadWrite.All (the job's pause, on-demand and start). See docs/permissions.md.";
