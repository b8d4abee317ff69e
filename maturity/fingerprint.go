package maturity

import "encoding/hex"

// Fingerprint returns the SHA-256 of the model's content in lower-case
// hexadecimal (64 digits), and "" for a nil or zero *Compiled. Two compiled
// models have the same fingerprint exactly when they have the same content
// (see Compile), and then accept each other's assessments and results. A
// document that names a model by ID and version can carry the fingerprint
// too, so that a model changed without a new version is noticed rather
// than read as the one the document was made with.
func (c *Compiled) Fingerprint() string {
	if !c.valid() {
		return ""
	}
	return hex.EncodeToString(c.fingerprint[:])
}
