"""Open Referral HSDS 3.0 in and out: JSON documents and tabular data packages."""
