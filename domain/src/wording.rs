//! Wording with `((placeholder))` slots, which an administrator may edit: the
//! messages the hub sends and the letters and plan pages it prints share it.

use crate::notifications::RenderError;

/// The placeholder names in a text, in order.
pub(crate) fn placeholders_in(text: &str) -> Result<Vec<&str>, RenderError> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("((") {
        let after = &rest[start + 2..];
        let end = after.find("))").ok_or(RenderError::Unclosed)?;
        names.push(&after[..end]);
        rest = &after[end + 2..];
    }
    Ok(names)
}

/// One pass over the text, each placeholder replaced by `value(name)`: a value is
/// never read again as wording, so a value cannot smuggle in a placeholder.
pub(crate) fn fill<'v>(
    text: &str,
    value: impl Fn(&str) -> Option<&'v str>,
) -> Result<String, RenderError> {
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(start) = rest.find("((") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after.find("))").ok_or(RenderError::Unclosed)?;
        let name = &after[..end];
        out.push_str(value(name).ok_or_else(|| RenderError::UnknownPlaceholder(name.to_owned()))?);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
}
