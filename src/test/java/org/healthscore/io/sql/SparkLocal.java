package org.healthscore.io.sql;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode for the whole test run (starting one takes seconds), stopped at exit. */
public final class SparkLocal {
    /**
     * Spark's own loggers, kept so that their level holds (java.util.logging forgets a logger nobody refers to):
     * its INFO lines, thousands a run, go through the app's slf4j provider to the console otherwise.
     */
    private static final List<Logger> QUIET = Stream.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop",
            "org.apache.parquet").map(Logger::getLogger).toList();
    private static SparkSession session;

    private SparkLocal() {
    }

    public static synchronized SparkSession session() {
        if (session == null) {
            QUIET.forEach(l -> l.setLevel(Level.WARNING));
            session = SparkSession.builder().master("local[2]").appName("agreement").config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4").getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
