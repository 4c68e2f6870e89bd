// `primer ref`: JSON in, JSON out.
