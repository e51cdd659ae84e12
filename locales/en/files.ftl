### Files: a community's folders and files, a person's own files, versions and the trash.

# Community tab: the files.
community-tab-files = Files
files-personal-heading = Files
files-breadcrumbs-label = Where this folder is
files-empty = No files or folders here yet.
files-upload = Upload a file
files-file-label = File
# The largest upload. Variables: $count (megabytes).
files-upload-limit = At most { $count } MB.
files-description-label = Description (optional)
files-upload-submit = Upload
files-new-folder = New folder
files-folder-name-label = Folder name
files-new-folder-submit = Create folder
files-download = Download
files-delete = Move to trash
# A file's version. Variables: $version.
files-version = Version { $version }
files-versions-heading = Versions
files-new-version = Upload a new version
files-edit = Rename or describe
files-name-label = Name
files-saved = Saved.
files-trash = Trash
files-trash-empty = The trash is empty. Deleted files stay here for 30 days.
files-restore = Restore
# Who deleted a file. Variables: $name.
files-deleted-by = deleted by { $name }
# How much of the community's quota its files use. Variables: $used, $quota (sizes such as "2 MB").
files-quota = { $used } of { $quota } used
# Sizes. Variables: $count.
files-size-bytes = { $count ->
    [one] { $count } byte
   *[other] { $count } bytes
}
files-size-kb = { $count } KB
files-size-mb = { $count } MB
files-size-gb = { $count } GB

# Errors.
# Variables: $megabytes.
error-file-too-large = The file is too large: at most { $megabytes } MB can be uploaded. Nothing was kept.
# Variables: $megabytes (what is left).
error-quota-exceeded = The community's files have no room for this: { $megabytes } MB are left. Nothing was kept; an owner can empty the trash or ask for more room.
error-field-folder-not-empty = the folder is not empty
field-folder-id = Folder
field-replace-id = File
field-file = File
field-max-upload-mb = Largest upload (MB)
field-community-quota-mb = Room for a community's files (MB)
# Link to the next page of a folder's files.
files-more = Next page
# Link from a profile to the person's own files.
profile-files-link = Files

# Renaming, moving and deleting a folder; moving a file.
files-folder-edit = Rename, move or delete this folder
files-folder-parent-label = Inside
files-folder-label = Folder
files-top = The top of the files
files-folder-delete = Delete this folder
files-folder-delete-help = Only an empty folder can be deleted.
field-move-to = Move to
