package org.healthscore.io.sql;

import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode for the whole test run (starting one takes seconds), stopped at exit. */
public final class SparkLocal {
    private static SparkSession session;

    private SparkLocal() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("agreement").config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4").getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
