//! Files: folders, uploads kept by hash, versions, downloads that pass the policy, the limit
//! and the quota (nothing left on disk when refused), the trash, and what a restricted
//! community's files keep to themselves.

use super::cast::Cast;
use crate::error::{AppError, FieldError};
use crate::model::files::Uploaded;
use crate::model::ids::UserId;
use crate::server::ctx::Backend;
use crate::server::fault::ServiceResult;
use crate::server::files::service::{
    UploadTarget, create_folder, delete, download, finish_upload, list, prepare_upload,
    purge_trash, restore, trash, update_folder, versions,
};
use crate::server::settings::{SettingsPatch, update_settings};
use crate::server::testing::backends;

fn err<T: std::fmt::Debug>(r: ServiceResult<T>) -> AppError {
    AppError::from(r.unwrap_err())
}

/// The shared cast, with `project` for Anna's public community.
struct World {
    cast: Cast,
}

impl std::ops::Deref for World {
    type Target = Cast;
    fn deref(&self) -> &Cast {
        &self.cast
    }
}

impl World {
    async fn new(b: Backend) -> Self {
        Self {
            cast: Cast::new(b, "Green loans", "project").await,
        }
    }

    /// Uploads `bytes` in chunks, as the handler does.
    async fn upload(
        &self,
        who: UserId,
        target: UploadTarget,
        name: &str,
        bytes: &[u8],
    ) -> ServiceResult<Uploaded> {
        let ctx = self.ctx(who);
        let plan = prepare_upload(&self.b, &ctx, target).await?;
        let mut incoming = self.b.files.begin(plan.limit).await?;
        for chunk in bytes.chunks(7) {
            incoming.write(chunk).await?;
        }
        finish_upload(&self.b, &ctx, plan, incoming, name).await
    }

    fn target(&self, slug: &str, folder: Option<i64>) -> UploadTarget {
        UploadTarget {
            community_slug: Some(slug.to_owned()),
            folder_id: folder,
            lang: "sv".into(),
            ..UploadTarget::default()
        }
    }

    /// Files on disk: (unfinished uploads, stored blobs).
    fn on_disk(&self) -> (usize, usize) {
        let count = |dir: std::path::PathBuf| -> usize { walk(&dir) };
        (
            count(self.b.files.root().join("tmp")),
            count(self.b.files.root().join("blobs")),
        )
    }
}

fn walk(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| {
            if e.path().is_dir() {
                walk(&e.path())
            } else {
                1
            }
        })
        .sum()
}

#[tokio::test]
async fn folders_files_and_versions_with_every_version_downloadable() {
    for b in backends().await {
        let w = World::new(b).await;
        let folder = create_folder(&w.b, &w.ctx(w.erik), Some(&w.public), None, "Contracts")
            .await
            .unwrap()
            .id;
        assert_eq!(
            err(create_folder(&w.b, &w.ctx(w.erik), Some(&w.public), None, "contracts").await),
            AppError::validation(vec![FieldError::new("name", "taken")])
        );
        let first = w
            .upload(
                w.erik,
                w.target(&w.public, Some(folder)),
                "Plan.pdf",
                b"version one",
            )
            .await
            .unwrap();
        assert_eq!(first.version, 1);
        let mut again = w.target(&w.public, None);
        again.replace_id = Some(first.id);
        let second = w
            .upload(w.anna, again, "Plan.pdf", b"version two, longer")
            .await
            .unwrap();
        assert_eq!((second.id, second.version), (first.id, 2));

        let listing = list(
            &w.b,
            &w.ctx(w.mikko),
            Some(&w.public),
            None,
            Some(folder),
            0,
        )
        .await
        .unwrap();
        assert_eq!(listing.files.len(), 1);
        assert_eq!(listing.files[0].version, 2);
        assert_eq!(listing.files[0].size, 19);
        assert!(!listing.can.upload, "Mikko is not a member");
        let top = list(&w.b, &w.ctx(w.erik), Some(&w.public), None, None, 0)
            .await
            .unwrap();
        assert_eq!(top.folders.len(), 1);
        assert!(top.can.upload && !top.can.manage && top.quota.is_none());
        let owner_view = list(&w.b, &w.ctx(w.anna), Some(&w.public), None, None, 0)
            .await
            .unwrap();
        assert_eq!(
            owner_view.quota.map(|q| q.used_bytes),
            Some(11 + 19),
            "every version counts"
        );

        let v = versions(&w.b, &w.ctx(w.mikko), first.id).await.unwrap();
        let numbers: Vec<i64> = v.versions.iter().map(|x| x.version).collect();
        assert_eq!(numbers, [2, 1]);
        for (n, want) in [(1, &b"version one"[..]), (2, &b"version two, longer"[..])] {
            let d = download(&w.b, &w.ctx(w.mikko), first.id, n).await.unwrap();
            assert_eq!(std::fs::read(&d.path).unwrap(), want);
            assert_eq!(d.mime, "application/pdf");
        }
        assert_eq!(
            err(download(&w.b, &w.ctx(w.mikko), first.id, 3).await),
            AppError::NotFound
        );
        // The same bytes are kept once.
        w.upload(
            w.erik,
            w.target(&w.public, None),
            "Copy.pdf",
            b"version one",
        )
        .await
        .unwrap();
        assert_eq!(w.on_disk(), (0, 2));

        // Moving a folder under itself is refused.
        let inner = create_folder(
            &w.b,
            &w.ctx(w.erik),
            Some(&w.public),
            Some(folder),
            "Signed",
        )
        .await
        .unwrap()
        .id;
        assert_eq!(
            err(update_folder(&w.b, &w.ctx(w.erik), folder, None, Some(Some(inner))).await),
            AppError::validation(vec![FieldError::new("parent_id", "inside_itself")])
        );
    }
}

#[tokio::test]
async fn an_upload_over_the_limit_is_refused_and_leaves_nothing_on_disk() {
    for b in backends().await {
        let w = World::new(b).await;
        let patch = SettingsPatch {
            max_upload_mb: Some(1),
            ..SettingsPatch::default()
        };
        update_settings(&w.b, &w.ctx(w.admin), patch).await.unwrap();
        let big = vec![7u8; 1024 * 1024 + 1];
        let refused = err(w
            .upload(w.erik, w.target(&w.public, None), "big.bin", &big)
            .await);
        assert_eq!(refused, AppError::FileTooLarge { limit: 1024 * 1024 });
        assert_eq!(w.on_disk(), (0, 0), "nothing of it kept");
        assert!(
            list(&w.b, &w.ctx(w.erik), Some(&w.public), None, None, 0)
                .await
                .unwrap()
                .files
                .is_empty()
        );
        // Control: at the limit it is taken.
        w.upload(w.erik, w.target(&w.public, None), "ok.bin", &big[1..])
            .await
            .unwrap();
        assert_eq!(w.on_disk(), (0, 1));
    }
}

#[tokio::test]
async fn the_trash_keeps_a_file_thirty_days_and_owners_restore_it() {
    for b in backends().await {
        let w = World::new(b).await;
        let up = w
            .upload(w.erik, w.target(&w.public, None), "Notes.txt", b"notes")
            .await
            .unwrap();
        assert_eq!(
            err(delete(&w.b, &w.ctx(w.mikko), up.id).await),
            AppError::Forbidden
        );
        delete(&w.b, &w.ctx(w.erik), up.id).await.unwrap();
        assert_eq!(
            err(download(&w.b, &w.ctx(w.erik), up.id, 1).await),
            AppError::NotFound
        );
        assert!(
            list(&w.b, &w.ctx(w.erik), Some(&w.public), None, None, 0)
                .await
                .unwrap()
                .files
                .is_empty()
        );
        assert_eq!(
            err(trash(&w.b, &w.ctx(w.erik), Some(&w.public)).await),
            AppError::Forbidden
        );
        let t = trash(&w.b, &w.ctx(w.anna), Some(&w.public)).await.unwrap();
        assert_eq!(t.items.len(), 1);
        assert_eq!(
            err(restore(&w.b, &w.ctx(w.erik), up.id).await),
            AppError::Forbidden
        );
        restore(&w.b, &w.ctx(w.anna), up.id).await.unwrap();
        assert!(download(&w.b, &w.ctx(w.mikko), up.id, 1).await.is_ok());

        // After thirty days in the trash it is gone for good, and so are its bytes.
        delete(&w.b, &w.ctx(w.anna), up.id).await.unwrap();
        let later = crate::server::clock::now_ms() + 31 * 24 * 3600 * 1000;
        assert_eq!(purge_trash(&w.b, later).await.unwrap(), 1);
        assert_eq!(w.on_disk(), (0, 0));
        assert_eq!(
            err(restore(&w.b, &w.ctx(w.anna), up.id).await),
            AppError::NotFound
        );
    }
}

#[tokio::test]
async fn a_restricted_communitys_files_answer_outsiders_like_missing_ones() {
    for b in backends().await {
        let w = World::new(b).await;
        let folder = create_folder(&w.b, &w.ctx(w.erik), Some(&w.secret), None, "Acme")
            .await
            .unwrap()
            .id;
        let up = w
            .upload(
                w.erik,
                w.target(&w.secret, Some(folder)),
                "Acme covenants.pdf",
                b"secret",
            )
            .await
            .unwrap();
        // Control: members see and download it.
        assert_eq!(
            list(
                &w.b,
                &w.ctx(w.karin),
                Some(&w.secret),
                None,
                Some(folder),
                0
            )
            .await
            .unwrap()
            .files
            .len(),
            1
        );
        assert!(download(&w.b, &w.ctx(w.karin), up.id, 1).await.is_ok());
        let missing = 987_654_321;
        for outsider in [w.mikko, w.admin] {
            let ctx = w.ctx(outsider);
            for id in [up.id, missing] {
                assert_eq!(err(download(&w.b, &ctx, id, 1).await), AppError::NotFound);
                assert_eq!(err(versions(&w.b, &ctx, id).await), AppError::NotFound);
                assert_eq!(err(delete(&w.b, &ctx, id).await), AppError::NotFound);
                assert_eq!(err(restore(&w.b, &ctx, id).await), AppError::NotFound);
                let replace = UploadTarget {
                    replace_id: Some(id),
                    ..UploadTarget::default()
                };
                assert_eq!(
                    err(w.upload(outsider, replace, "x.pdf", b"x").await),
                    AppError::NotFound
                );
            }
            for f in [folder, missing] {
                assert_eq!(
                    err(list(&w.b, &ctx, None, None, Some(f), 0).await),
                    AppError::NotFound
                );
                assert_eq!(
                    err(update_folder(&w.b, &ctx, f, Some("x"), None).await),
                    AppError::NotFound
                );
            }
            for slug in [w.secret.as_str(), "no-such-community"] {
                assert_eq!(
                    err(list(&w.b, &ctx, Some(slug), None, None, 0).await),
                    AppError::NotFound
                );
                assert_eq!(
                    err(create_folder(&w.b, &ctx, Some(slug), None, "x").await),
                    AppError::NotFound
                );
                assert_eq!(err(trash(&w.b, &ctx, Some(slug)).await), AppError::NotFound);
                assert_eq!(
                    err(w
                        .upload(outsider, w.target(slug, None), "x.pdf", b"x")
                        .await),
                    AppError::NotFound
                );
            }
        }
        assert_eq!(w.on_disk().0, 0, "refused uploads left nothing");
    }
}

#[tokio::test]
async fn ones_own_files_are_ones_own_to_change() {
    for b in backends().await {
        let w = World::new(b).await;
        let mine = UploadTarget {
            lang: "sv".into(),
            ..UploadTarget::default()
        };
        let up = w
            .upload(w.mikko, mine.clone(), "CV.pdf", b"cv")
            .await
            .unwrap();
        let seen = list(&w.b, &w.ctx(w.anna), None, Some(w.mikko.0), None, 0)
            .await
            .unwrap();
        assert_eq!(seen.files.len(), 1);
        assert!(!seen.can.upload);
        assert_eq!(
            err(delete(&w.b, &w.ctx(w.anna), up.id).await),
            AppError::Forbidden
        );
        delete(&w.b, &w.ctx(w.mikko), up.id).await.unwrap();
        restore(&w.b, &w.ctx(w.mikko), up.id).await.unwrap();
    }
}

#[tokio::test]
async fn owners_see_what_their_community_lacks_and_others_do_not() {
    use crate::server::community::health::health;
    for b in backends().await {
        let w = World::new(b).await;
        let lacking = |h: &crate::model::community::CommunityHealth| -> Vec<String> {
            h.checks
                .iter()
                .filter(|c| !c.ok)
                .map(|c| c.code.clone())
                .collect()
        };
        let h = health(&w.b, &w.ctx(w.anna), &w.public).await.unwrap();
        assert_eq!(
            lacking(&h),
            ["wiki_front_page", "files", "activity", "silent_members"]
        );
        let silent = h
            .checks
            .iter()
            .find(|c| c.code == "silent_members")
            .unwrap();
        assert_eq!(silent.count, Some(2), "Anna and Erik have written nothing");
        assert_eq!(
            h.checks.iter().find(|c| c.code == "files").unwrap().link,
            format!("/communities/{}/files", w.public)
        );
        // A folder, a page and a post later, those lines are fine.
        create_folder(&w.b, &w.ctx(w.erik), Some(&w.public), None, "Docs")
            .await
            .unwrap();
        let page = crate::server::wiki::service::NewPage {
            community_slug: &w.public,
            title: "Start",
            body: "Welcome",
            lang: "sv",
            parent_id: None,
            tags: &[],
        };
        crate::server::wiki::service::create(&w.b, &w.ctx(w.erik), page)
            .await
            .unwrap();
        let h = health(&w.b, &w.ctx(w.anna), &w.public).await.unwrap();
        assert_eq!(lacking(&h), ["silent_members"]);
        assert_eq!(
            h.checks
                .iter()
                .find(|c| c.code == "silent_members")
                .unwrap()
                .count,
            Some(1)
        );
        // Members who do not run it, and outsiders of a restricted one, get nothing.
        assert_eq!(
            err(health(&w.b, &w.ctx(w.erik), &w.public).await),
            AppError::Forbidden
        );
        assert_eq!(
            err(health(&w.b, &w.ctx(w.mikko), &w.secret).await),
            AppError::NotFound
        );
        assert_eq!(
            err(health(&w.b, &w.ctx(w.admin), &w.secret).await),
            AppError::Forbidden
        );
        assert!(health(&w.b, &w.ctx(w.karin), &w.secret).await.is_ok());
    }
}

#[tokio::test]
async fn an_image_gets_a_small_thumbnail_only_its_readers_see() {
    use crate::server::files::service::thumbnail;
    for b in backends().await {
        let w = World::new(b).await;
        let picture =
            image::RgbImage::from_fn(900, 300, |x, _| image::Rgb([(x % 255) as u8, 40, 90]));
        let mut png = std::io::Cursor::new(Vec::new());
        picture.write_to(&mut png, image::ImageFormat::Png).unwrap();
        let up = w
            .upload(
                w.erik,
                w.target(&w.public, None),
                "Office plan.png",
                &png.into_inner(),
            )
            .await
            .unwrap();
        let listing = list(&w.b, &w.ctx(w.mikko), Some(&w.public), None, None, 0)
            .await
            .unwrap();
        assert_eq!(
            listing.files[0].thumbnail_path.as_deref(),
            Some(format!("/thumbnails/{}/1", up.id).as_str())
        );
        let made = image::load_from_memory(
            &std::fs::read(thumbnail(&w.b, &w.ctx(w.mikko), up.id, 1).await.unwrap()).unwrap(),
        )
        .unwrap();
        assert_eq!((made.width(), made.height()), (256, 85));
        // Not a picture, whatever its name says: no thumbnail, and the upload stands.
        let fake = w
            .upload(
                w.erik,
                w.target(&w.public, None),
                "fake.png",
                b"<svg onload=alert(1)/>",
            )
            .await
            .unwrap();
        assert_eq!(
            err(thumbnail(&w.b, &w.ctx(w.erik), fake.id, 1).await),
            AppError::NotFound
        );
        // In a restricted community: its members see it, outsiders get what a missing file gets.
        let secret = w
            .upload(w.erik, w.target(&w.secret, None), "Acme site.png", &{
                let mut out = std::io::Cursor::new(Vec::new());
                picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
                out.into_inner()
            })
            .await
            .unwrap();
        assert!(thumbnail(&w.b, &w.ctx(w.karin), secret.id, 1).await.is_ok());
        for outsider in [w.mikko, w.admin] {
            assert_eq!(
                err(thumbnail(&w.b, &w.ctx(outsider), secret.id, 1).await),
                AppError::NotFound
            );
            assert_eq!(
                err(thumbnail(&w.b, &w.ctx(outsider), 987_654_321, 1).await),
                AppError::NotFound
            );
        }
    }
}

/// Bytes stored by an upload whose row was never written (a crash in between) are removed
/// once old; bytes a version refers to stay, however old.
#[tokio::test]
async fn stored_bytes_no_version_names_are_swept_once_old() {
    use crate::server::files::service::sweep_orphan_blobs;
    for b in backends().await {
        let w = World::new(b).await;
        let kept = w
            .upload(w.anna, w.target(&w.public, None), "kept.txt", b"kept bytes")
            .await
            .unwrap();
        // An upload stored and never recorded, as a crash leaves it.
        let incoming = {
            let mut i = w.b.files.begin(1_000).await.unwrap();
            i.write(b"orphaned bytes").await.unwrap();
            i
        };
        let (orphan, _) = w.b.files.keep(incoming).await.unwrap();
        // Control: a young orphan may be an upload still being recorded; it stays.
        assert_eq!(sweep_orphan_blobs(&w.b).await.unwrap(), 0);
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for hash in [orphan.clone(), kept_hash(&w, kept.id).await] {
            let path = w.b.files.blob_path(&hash).unwrap();
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        assert_eq!(sweep_orphan_blobs(&w.b).await.unwrap(), 1);
        assert!(!w.b.files.blob_path(&orphan).unwrap().exists());
        let got = download(&w.b, &w.ctx(w.anna), kept.id, 1).await.unwrap();
        assert_eq!(w.on_disk().1, 1, "{got:?}");
    }
}

/// Bytes a purge leaves because they were used again a moment ago (an upload of the same
/// bytes about to be recorded) are the sweep's once old, when nothing but the purged file
/// names them (the upload was refused after all).
#[tokio::test]
async fn bytes_a_purge_leaves_for_later_are_swept_once_nothing_names_them() {
    use crate::server::files::service::sweep_orphan_blobs;
    use std::time::{Duration, SystemTime, UNIX_EPOCH};
    for b in backends().await {
        let w = World::new(b).await;
        let up = w
            .upload(w.erik, w.target(&w.public, None), "Notes.txt", b"notes")
            .await
            .unwrap();
        let path = w.b.files.blob_path(&kept_hash(&w, up.id).await).unwrap();
        let touch = |t: SystemTime| {
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(t)
                .unwrap()
        };
        delete(&w.b, &w.ctx(w.erik), up.id).await.unwrap();
        let later = crate::server::clock::now_ms() + 31 * 24 * 3600 * 1000;
        touch(UNIX_EPOCH + Duration::from_millis(later as u64));
        assert_eq!(purge_trash(&w.b, later).await.unwrap(), 0);
        assert!(path.exists(), "used again just now: the purge leaves it");
        touch(SystemTime::now() - Duration::from_secs(7200));
        assert_eq!(sweep_orphan_blobs(&w.b).await.unwrap(), 1);
        assert!(!path.exists(), "only the purged file named it");
    }
}

async fn kept_hash(w: &World, id: i64) -> String {
    crate::server::files::repo::version(&w.b.db, id, 1)
        .await
        .unwrap()
        .unwrap()
        .blob_hash
}
