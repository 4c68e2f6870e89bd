// A cell sees `Matrix` and the seeded generators through this import alone.
@_exported import PrimerKit
