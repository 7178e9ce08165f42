package org.healthscore.io.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Spark's spellings, by hand: backticks, DOUBLE, backslash escapes; comments and the standard text untouched. */
class SqlDialectTest {
    @Test
    void sparkSpellsIdentifiersTypesAndLiteralsItsWay() {
        String sql = "-- \"model\": it's\nSELECT CAST(\"a\"\"b\" AS DOUBLE PRECISION) AS \"x`y\" FROM \"t\" WHERE "
                + "TRIM(CAST(\"c\" AS VARCHAR(1000))) IN ('It''s', 'a\\b', '\"q\"', 'DOUBLE PRECISION', 'VARCHAR(9)')";
        assertEquals("-- \"model\": it's\nSELECT CAST(`a\"b` AS DOUBLE) AS `x``y` FROM `t` WHERE "
                + "TRIM(CAST(`c` AS STRING)) IN ('It\\'s', 'a\\\\b', '\"q\"', 'DOUBLE PRECISION', 'VARCHAR(9)')",
                SqlDialect.SPARK.rewrite(sql));
        assertEquals(sql, SqlDialect.STANDARD.rewrite(sql));
    }
}
