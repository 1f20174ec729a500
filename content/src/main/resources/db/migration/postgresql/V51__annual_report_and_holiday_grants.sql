-- The public role reads published annual reports, and the holiday arrangements staff entered (years the product
-- does not ship): the State Council's notice is public, so is its year and text; who entered it and when are not.
GRANT SELECT ON pub_annual_report TO zfgs_public;
GRANT SELECT (arrangement_year, arrangement) ON holiday_arrangement TO zfgs_public;
