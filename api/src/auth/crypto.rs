//! Small cryptographic tools: random tokens stored only as hashes, keyed hashes
//! of short codes, and authenticated encryption of secrets at rest.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh 256-bit token for a link or cookie, and the hash that is stored.
pub fn new_token() -> (String, String) {
    let raw: [u8; 32] = rand::random();
    let token = URL_SAFE_NO_PAD.encode(raw);
    let hash = token_hash(&token);
    (token, hash)
}

/// Tokens carry 256 bits, so a plain SHA-256 is enough to store them.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Short codes (six digits, recovery codes) are hashed with a server-held
/// pepper, so a stolen table cannot be reversed by enumerating a million codes.
pub fn code_hash(pepper: &[u8; 32], code: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(pepper)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(code.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// Constant-time equality of two hashes.
pub fn same(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// AES-256-GCM with a random nonce; the result is base64(nonce || ciphertext).
pub fn encrypt(key: &[u8; 32], plaintext: &[u8]) -> Result<String, String> {
    let cipher = Aes256Gcm::new(key.into());
    let nonce_bytes: [u8; 12] = rand::random();
    let sealed = cipher
        .encrypt(Nonce::from_slice(&nonce_bytes), plaintext)
        .map_err(|_| "encryption failed".to_owned())?;
    let mut out = nonce_bytes.to_vec();
    out.extend(sealed);
    Ok(STANDARD.encode(out))
}

pub fn decrypt(key: &[u8; 32], sealed: &str) -> Result<Vec<u8>, String> {
    let bytes = STANDARD
        .decode(sealed)
        .map_err(|_| "not base64".to_owned())?;
    if bytes.len() < 12 {
        return Err("too short".into());
    }
    let (nonce, ciphertext) = bytes.split_at(12);
    Aes256Gcm::new(key.into())
        .decrypt(Nonce::from_slice(nonce), ciphertext)
        .map_err(|_| "cannot decrypt: wrong key or altered data".to_owned())
}

/// A six-digit code, uniformly drawn.
pub fn six_digit_code() -> String {
    format!("{:06}", rand::random_range(0..1_000_000u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_at_least_128_bits_and_only_their_hash_is_kept() {
        let (token, hash) = new_token();
        assert!(URL_SAFE_NO_PAD.decode(&token).unwrap().len() * 8 >= 128);
        assert_eq!(token_hash(&token), hash);
        assert_ne!(token, hash);
        assert_ne!(new_token().0, token);
    }

    #[test]
    fn secrets_at_rest_round_trip_and_refuse_tampering() {
        let key = [9u8; 32];
        let sealed = encrypt(&key, b"JBSWY3DPEHPK3PXP").unwrap();
        assert_eq!(decrypt(&key, &sealed).unwrap(), b"JBSWY3DPEHPK3PXP");
        assert!(
            decrypt(&[8u8; 32], &sealed).is_err(),
            "another key cannot read it"
        );
        let mut bytes = STANDARD.decode(&sealed).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        assert!(
            decrypt(&key, &STANDARD.encode(bytes)).is_err(),
            "altered data is refused"
        );
    }

    #[test]
    fn codes_are_hashed_with_the_pepper() {
        assert_ne!(code_hash(&[1; 32], "123456"), code_hash(&[2; 32], "123456"));
        assert!(same(
            &code_hash(&[1; 32], "123456"),
            &code_hash(&[1; 32], "123456")
        ));
        let code = six_digit_code();
        assert_eq!(code.len(), 6);
        assert!(code.chars().all(|c| c.is_ascii_digit()));
    }
}
