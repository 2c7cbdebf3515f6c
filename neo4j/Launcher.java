import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
 * Usage: java -cp 'lib/*' Launcher.java <dataDir> <boltPort> <pageCache> [<host>] [<pluginsDir>]
 * Prints "READY bolt://host:port" once the default database answers, and shuts down
 * cleanly on SIGTERM/SIGINT (the JVM runs the shutdown hook).
 * Auth is off: the server listens on loopback only and is meant for local development
 * and tests; point NEO4J_URI at a real server for anything shared.
 * With a plugins folder (APOC for the benchmark's @neo4j/graphql peer), apoc.* runs unrestricted.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Launcher <dataDir> <boltPort> <pageCache> [host] [pluginsDir]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args[2];
        String host = args.length > 3 ? args[3] : "127.0.0.1";

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length > 4) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(args[4]).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
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
