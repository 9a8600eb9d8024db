//! The document store: one interface over the local filesystem (the default,
//! under the data directory and outside any web root) and S3-compatible object
//! storage, both through the `object_store` crate. Keys are made here, never
//! taken from a client. An optional ClamAV `clamd` scans every upload and fails
//! closed: if it cannot be asked, nothing is stored.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use object_store::path::Path as StorePath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The `[documents]` configuration section.
#[derive(Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct DocumentSettings {
    /// `local` (files under `local_dir`) or `s3`.
    pub store: StoreKind,
    /// Where `local` keeps files; empty means `<data_dir>/documents`.
    pub local_dir: String,
    /// Largest file of each kind, in bytes.
    pub limits: domain::documents::SizeLimits,
    pub s3: S3Settings,
    /// `host:port` of a ClamAV `clamd` to scan each upload; empty: no scanning.
    pub clamd_address: String,
    /// Seconds to wait for `clamd` before refusing the upload.
    pub clamd_timeout_secs: u64,
}

impl Default for DocumentSettings {
    fn default() -> Self {
        DocumentSettings {
            store: StoreKind::Local,
            local_dir: String::new(),
            limits: domain::documents::SizeLimits::default(),
            s3: S3Settings::default(),
            clamd_address: String::new(),
            clamd_timeout_secs: 30,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    Local,
    S3,
}

#[derive(Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct S3Settings {
    pub bucket: String,
    /// Empty for AWS itself; the address of any S3-compatible service otherwise.
    pub endpoint: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Allow a plain-http endpoint (a service on the same private network).
    pub allow_http: bool,
}

impl std::fmt::Debug for DocumentSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentSettings")
            .field("store", &self.store)
            .field("local_dir", &self.local_dir)
            .field("limits", &self.limits)
            .field("s3.bucket", &self.s3.bucket)
            .field("s3.endpoint", &self.s3.endpoint)
            .field(
                "s3.secret_access_key",
                &if self.s3.secret_access_key.is_empty() {
                    "(none)"
                } else {
                    "***"
                },
            )
            .field("clamd_address", &self.clamd_address)
            .finish_non_exhaustive()
    }
}

impl DocumentSettings {
    /// Start-up checks, naming the key at fault.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        let l = &self.limits;
        for (key, value) in [
            ("documents.limits.document_bytes", l.document_bytes),
            ("documents.limits.image_bytes", l.image_bytes),
            ("documents.limits.video_bytes", l.video_bytes),
        ] {
            if value < 1024 {
                return Err((key, "must be at least 1024".into()));
            }
        }
        if self.store == StoreKind::S3 && self.s3.bucket.trim().is_empty() {
            return Err(("documents.s3.bucket", "must be set when store is s3".into()));
        }
        if !self.clamd_address.is_empty()
            && self
                .clamd_address
                .rsplit_once(':')
                .is_none_or(|(_, port)| port.parse::<u16>().is_err())
        {
            return Err(("documents.clamd_address", "must be host:port".into()));
        }
        if self.clamd_timeout_secs == 0 {
            return Err(("documents.clamd_timeout_secs", "must be at least 1".into()));
        }
        Ok(())
    }
}

/// Why storing or fetching failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the document is not in the store")]
    Missing,
    #[error("the document store failed: {0}")]
    Failed(String),
    #[error("the virus scanner is unavailable: {0}")]
    ScannerUnavailable(String),
    #[error("the virus scanner found {0}")]
    Infected(String),
}

impl From<object_store::Error> for StoreError {
    fn from(e: object_store::Error) -> Self {
        match e {
            object_store::Error::NotFound { .. } => StoreError::Missing,
            other => StoreError::Failed(other.to_string()),
        }
    }
}

#[derive(Clone)]
pub struct DocumentStore {
    inner: Arc<dyn ObjectStore>,
    clamd: Option<(String, Duration)>,
    pub limits: domain::documents::SizeLimits,
}

impl DocumentStore {
    /// The store the settings name; a local directory is created if missing.
    pub fn from_settings(settings: &DocumentSettings, data_dir: &Path) -> anyhow::Result<Self> {
        let inner: Arc<dyn ObjectStore> = match settings.store {
            StoreKind::Local => {
                let dir = if settings.local_dir.is_empty() {
                    data_dir.join("documents")
                } else {
                    PathBuf::from(&settings.local_dir)
                };
                std::fs::create_dir_all(&dir).map_err(|e| {
                    anyhow::anyhow!(
                        "cannot create the document directory {}: {e}",
                        dir.display()
                    )
                })?;
                Arc::new(object_store::local::LocalFileSystem::new_with_prefix(&dir)?)
            }
            StoreKind::S3 => {
                let s3 = &settings.s3;
                let mut builder = object_store::aws::AmazonS3Builder::new()
                    .with_bucket_name(&s3.bucket)
                    .with_allow_http(s3.allow_http);
                if !s3.region.is_empty() {
                    builder = builder.with_region(&s3.region);
                }
                if !s3.endpoint.is_empty() {
                    builder = builder.with_endpoint(&s3.endpoint);
                }
                if !s3.access_key_id.is_empty() {
                    builder = builder
                        .with_access_key_id(&s3.access_key_id)
                        .with_secret_access_key(&s3.secret_access_key);
                }
                Arc::new(builder.build()?)
            }
        };
        let clamd = (!settings.clamd_address.is_empty()).then(|| {
            (
                settings.clamd_address.clone(),
                Duration::from_secs(settings.clamd_timeout_secs),
            )
        });
        Ok(DocumentStore {
            inner,
            clamd,
            limits: settings.limits,
        })
    }

    /// A new key: random, dated for people who look in the bucket, never the
    /// client's file name.
    pub fn new_key(now: chrono::DateTime<chrono::Utc>, id: &str) -> String {
        format!("{}/{id}", now.format("%Y/%m"))
    }

    /// Scans (when a scanner is configured) and stores `bytes` under `key`.
    pub async fn put(&self, key: &str, bytes: Bytes) -> Result<(), StoreError> {
        if let Some((address, timeout)) = &self.clamd {
            scan(address, *timeout, &bytes).await?;
        }
        self.inner
            .put(&StorePath::from(key), PutPayload::from_bytes(bytes))
            .await?;
        Ok(())
    }

    pub async fn get(&self, key: &str) -> Result<Bytes, StoreError> {
        Ok(self.inner.get(&StorePath::from(key)).await?.bytes().await?)
    }

    /// Removes the bytes (redaction, a deleted draft). Already gone is fine.
    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        match self.inner.delete(&StorePath::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    /// Removes several, logging (not failing on) any that will not go: the
    /// records that named them are already gone or redacted.
    pub async fn delete_all(&self, keys: &[String]) {
        for key in keys {
            if let Err(e) = self.delete(key).await {
                tracing::warn!(%key, error = %e, "could not remove a document's bytes");
            }
        }
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    crate::auth::crypto::hex(&Sha256::digest(bytes))
}

/// Asks `clamd` with INSTREAM. Anything but a clean answer refuses the file.
async fn scan(address: &str, timeout: Duration, bytes: &[u8]) -> Result<(), StoreError> {
    let talk = async {
        let mut stream = tokio::net::TcpStream::connect(address).await?;
        stream.write_all(b"zINSTREAM\0").await?;
        for chunk in bytes.chunks(64 * 1024) {
            let len = u32::try_from(chunk.len()).unwrap_or(u32::MAX);
            stream.write_all(&len.to_be_bytes()).await?;
            stream.write_all(chunk).await?;
        }
        stream.write_all(&0u32.to_be_bytes()).await?;
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).await?;
        Ok::<_, std::io::Error>(reply)
    };
    let reply = tokio::time::timeout(timeout, talk)
        .await
        .map_err(|_| StoreError::ScannerUnavailable("timed out".into()))?
        .map_err(|e| StoreError::ScannerUnavailable(e.to_string()))?;
    let text = String::from_utf8_lossy(&reply);
    let text = text.trim_end_matches(['\0', '\n']).trim();
    if text.ends_with(" OK") || text == "OK" {
        Ok(())
    } else if let Some(found) = text.strip_suffix(" FOUND") {
        let name = found.rsplit(": ").next().unwrap_or(found);
        Err(StoreError::Infected(name.to_owned()))
    } else {
        Err(StoreError::ScannerUnavailable(format!(
            "unexpected answer {text:?}"
        )))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn sha256_is_hex_of_the_bytes() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn bad_settings_name_their_key() {
        let s = DocumentSettings {
            store: StoreKind::S3,
            ..DocumentSettings::default()
        };
        assert_eq!(s.validate().unwrap_err().0, "documents.s3.bucket");
        let s = DocumentSettings {
            clamd_address: "clamd".into(),
            ..DocumentSettings::default()
        };
        assert_eq!(s.validate().unwrap_err().0, "documents.clamd_address");
        assert!(DocumentSettings::default().validate().is_ok());
    }

    /// A stand-in clamd that answers each scan with `answer`.
    async fn fake_clamd(answer: &'static [u8]) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap().to_string();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let mut command = [0u8; 10];
                socket.read_exact(&mut command).await.unwrap();
                assert_eq!(&command, b"zINSTREAM\0");
                loop {
                    let mut len = [0u8; 4];
                    socket.read_exact(&mut len).await.unwrap();
                    let len = u32::from_be_bytes(len) as usize;
                    if len == 0 {
                        break;
                    }
                    let mut chunk = vec![0u8; len];
                    socket.read_exact(&mut chunk).await.unwrap();
                }
                socket.write_all(answer).await.unwrap();
            }
        });
        address
    }

    #[actix_rt::test]
    async fn a_clean_scan_passes_and_an_infected_file_is_named() {
        let clean = fake_clamd(b"stream: OK\0").await;
        assert!(
            scan(&clean, Duration::from_secs(5), b"%PDF-1.4")
                .await
                .is_ok()
        );
        let infected = fake_clamd(b"stream: Eicar-Test-Signature FOUND\0").await;
        match scan(&infected, Duration::from_secs(5), b"X5O!P%@AP").await {
            Err(StoreError::Infected(name)) => assert_eq!(name, "Eicar-Test-Signature"),
            other => panic!("expected infected, got {other:?}"),
        }
    }

    #[actix_rt::test]
    async fn a_scanner_that_cannot_be_reached_refuses_the_file() {
        // Nothing listens on port 9 (discard) here.
        let result = scan("127.0.0.1:9", Duration::from_secs(5), b"%PDF-1.4").await;
        assert!(matches!(result, Err(StoreError::ScannerUnavailable(_))));
    }
}
