//! Everything the API routes do not answer. Under `/api/` and the probes that is
//! a problem+json 404 or 405 (the contract says which methods a path has);
//! elsewhere it is the single-page app: a built file if one exists, else
//! `index.html` so client-side routes survive a reload.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use actix_files::NamedFile;
use actix_web::http::{Method, header};
use actix_web::{HttpRequest, HttpResponse, web};
use utoipa::openapi::OpenApi;

use crate::problem::ApiError;

/// The paths and methods of the contract, for telling 404 from 405.
pub struct RouteTable {
    routes: Vec<(Vec<String>, Vec<&'static str>)>,
}

impl RouteTable {
    pub fn from_openapi(api: &OpenApi) -> Self {
        let routes = api
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let mut methods: Vec<&'static str> = Vec::new();
                for (present, name) in [
                    (item.get.is_some(), "GET"),
                    (item.post.is_some(), "POST"),
                    (item.put.is_some(), "PUT"),
                    (item.patch.is_some(), "PATCH"),
                    (item.delete.is_some(), "DELETE"),
                ] {
                    if present {
                        methods.push(name);
                    }
                }
                (split(path).map(str::to_owned).collect(), methods)
            })
            .collect();
        Self { routes }
    }

    /// The methods the contract allows on this concrete path, if it knows the path.
    pub fn allowed(&self, path: &str) -> Option<&[&'static str]> {
        let parts: Vec<&str> = split(path).collect();
        self.routes.iter().find_map(|(template, methods)| {
            let matches = template.len() == parts.len()
                && template
                    .iter()
                    .zip(&parts)
                    .all(|(t, p)| t.starts_with('{') || t == p);
            matches.then_some(methods.as_slice())
        })
    }
}

fn split(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/") || path == "/healthz" || path == "/readyz"
}

pub struct SpaFiles {
    pub dir: PathBuf,
}

pub async fn fallback(
    req: HttpRequest,
    routes: web::Data<Arc<RouteTable>>,
    spa: web::Data<SpaFiles>,
) -> Result<HttpResponse, ApiError> {
    let path = req.path();
    if is_api(path) {
        return Err(match routes.allowed(path) {
            Some(allow) if !allow.contains(&req.method().as_str()) => ApiError::MethodNotAllowed {
                allow: allow.to_vec(),
            },
            _ => ApiError::NotFound,
        });
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(ApiError::MethodNotAllowed {
            allow: vec!["GET", "HEAD"],
        });
    }
    let index = spa.dir.join("index.html");
    if !index.is_file() {
        return Ok(HttpResponse::ServiceUnavailable()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(NOT_BUILT));
    }
    let (file, immutable) = match safe_join(&spa.dir, path) {
        Some(candidate) if candidate.is_file() => {
            let hashed = path.starts_with("/assets/");
            (candidate, hashed)
        }
        _ => (index, false),
    };
    let named = NamedFile::open_async(&file)
        .await
        .map_err(|e| ApiError::Internal(format!("cannot open {}: {e}", file.display())))?;
    let mut res = named
        .use_etag(true)
        .use_last_modified(true)
        .into_response(&req);
    let cache = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static(cache),
    );
    Ok(res)
}

/// Joins a URL path under `dir`, refusing anything that would climb out of it.
fn safe_join(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative.as_os_str().is_empty() {
        return None;
    }
    relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| dir.join(relative))
}

const NOT_BUILT: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>EHC hub</title></head><body><main><h1>The web app has not been built</h1>\
<p>Run <code>make run</code>, which builds it, or set EHC__SERVER__SPA_DIR to the built \
<code>frontend/dist</code> folder. The API is available under <a href=\"/api/docs/\">/api/docs/</a>.</p>\
</main></body></html>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_of_the_spa_folder_are_refused() {
        let dir = Path::new("/srv/spa");
        assert_eq!(
            safe_join(dir, "/assets/app.js"),
            Some(dir.join("assets/app.js"))
        );
        assert_eq!(safe_join(dir, "/../etc/passwd"), None);
        assert_eq!(safe_join(dir, "/assets/../../etc/passwd"), None);
        assert_eq!(safe_join(dir, "/"), None);
    }

    #[test]
    fn the_route_table_tells_a_wrong_method_from_an_unknown_path() {
        let table = RouteTable::from_openapi(&crate::app::openapi());
        assert_eq!(table.allowed("/api/v1/service"), Some(&["GET"][..]));
        assert_eq!(table.allowed("/api/v1/nothing-here"), None);
    }
}
