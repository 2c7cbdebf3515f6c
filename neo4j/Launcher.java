import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.io.ByteUnit;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts Neo4j Community embedded with Bolt on a loopback address.
 *
 * Usage: java -cp 'lib/*' Launcher.java <dataDir> <boltPort> <pageCache> [<host>]
 *            [--plugins=DIR] [--tx-log-retention=POLICY] [--tx-log-rotation=SIZE]
 * Prints "READY bolt://host:port" once the default database answers, and shuts down
 * cleanly on SIGTERM/SIGINT (the JVM runs the shutdown hook).
 * Auth is off: the server listens on loopback only and is meant for local development
 * and tests; point NEO4J_URI at a real server for anything shared.
 * With a plugins folder (APOC for the benchmark's @neo4j/graphql peer), apoc.* runs unrestricted.
 * --tx-log-retention sets db.tx_log.rotation.retention_policy ("1 files", "500M size", ...) and
 * --tx-log-rotation db.tx_log.rotation.size ("64M"); without them Neo4j's defaults hold (2 days,
 * 256M). Logs past the policy are pruned at checkpoints, so a long ingestion's disk stays bounded.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                int eq = arg.indexOf('=');
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() < 3) {
            System.err.println("usage: Launcher <dataDir> <boltPort> <pageCache> [host] [--plugins=DIR] [--tx-log-retention=POLICY] [--tx-log-rotation=SIZE]");
            System.exit(2);
        }
        Path home = Path.of(positional.get(0)).toAbsolutePath();
        int port = Integer.parseInt(positional.get(1));
        String pageCache = positional.get(2);
        String host = positional.size() > 3 ? positional.get(3) : "127.0.0.1";

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (options.containsKey("plugins")) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(options.get("plugins")).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        }
        if (options.containsKey("tx-log-retention")) {
            builder.setConfig(GraphDatabaseSettings.keep_logical_logs, options.get("tx-log-retention"));
        }
        if (options.containsKey("tx-log-rotation")) {
            builder.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.parse(options.get("tx-log-rotation")));
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            dbms.shutdown();
            System.out.println("STOPPED");
        }));
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!db.isAvailable(1000)) {
            if (System.nanoTime() > deadline) {
                System.err.println("FAILED database did not become available in 120s");
                System.exit(1);
            }
        }
        System.out.println("READY bolt://" + host + ":" + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
