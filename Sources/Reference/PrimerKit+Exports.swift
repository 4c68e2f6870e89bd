// The reference library works on the learner-facing types (`Matrix`, the seeded generators),
// and whoever imports it sees them too.
@_exported import PrimerKit
