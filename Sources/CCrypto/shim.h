// The system's libcrypto (OpenSSL) as Swift sees it: only the one-shot digests Blotter uses.
#ifndef BLOTTER_CCRYPTO_SHIM_H
#define BLOTTER_CCRYPTO_SHIM_H
#include <stddef.h>
#include <openssl/sha.h>

// SHA-256 of `length` bytes into `digest` (32 bytes).
static inline void blotter_sha256(const unsigned char *bytes, size_t length, unsigned char *digest) {
    SHA256(bytes, length, digest);
}

// SHA-1 of `length` bytes into `digest` (20 bytes).
static inline void blotter_sha1(const unsigned char *bytes, size_t length, unsigned char *digest) {
    SHA1(bytes, length, digest);
}
#endif
