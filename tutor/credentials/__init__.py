"""Credentials an employer can verify offline (issue #21).

- ``multibase``: base58btc and did:key names of Ed25519 public keys;
- ``proof``: the W3C Data Integrity proof ``eddsa-jcs-2022`` (RFC 8785 canonical JSON);
- ``centre``: the centre's identity: its signing key behind the trainer's password, its
  public card with the signed list of revoked keys, backups and key replacement; the
  cards a verifier trusts;
- ``badge``: Open Badges 3.0 credentials made from an assessment's result;
- ``verify``: a credential's verdict (valid, tampered, unknown centre, revoked, expired);
- ``carriers``: a credential in a badge PNG, a PDF certificate and a QR code;
- ``evidence``: the keystroke log of an assessment, its digest, replay and analysis;
- ``installation``: this PC's key, certified by its centre, signing progress files.

Nothing here imports Qt or SQLAlchemy: the command line (``tutor verify``) uses it as is.
The formats are described in ``docs/credentials.md``.
"""
