package io.govshare.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CloudNativePG objects of the operators' render, checked offline against the API reference of CloudNativePG
 * 1.27 (cnpg.operatorRelease; postgresql.cnpg.io/v1: Cluster, Database, ScheduledBackup): every field we set is
 * one the reference lists, enumerations take listed values, required fields are there; and they give what
 * production needs: three instances, synchronous replication, TLS only, the services' databases and owners, the
 * services on the -rw Service with the operator's CA and verify-full, nightly backups to the object store.
 */
class CnpgObjectsTest {

    /** postgresql.cnpg.io/v1 of CloudNativePG 1.27, the parts we write (API reference, "cloudnative-pg.v1"). */
    static final FieldSchema SCHEMA = new FieldSchema(
            Map.ofEntries(
                    Map.entry(
                            "Cluster.spec",
                            Set.of(
                                    "affinity",
                                    "backup",
                                    "bootstrap",
                                    "certificates",
                                    "description",
                                    "enablePDB",
                                    "enableSuperuserAccess",
                                    "env",
                                    "envFrom",
                                    "ephemeralVolumeSource",
                                    "ephemeralVolumesSizeLimit",
                                    "externalClusters",
                                    "failoverDelay",
                                    "imageCatalogRef",
                                    "imageName",
                                    "imagePullPolicy",
                                    "imagePullSecrets",
                                    "inheritedMetadata",
                                    "instances",
                                    "livenessProbeTimeout",
                                    "logLevel",
                                    "managed",
                                    "maxSyncReplicas",
                                    "minSyncReplicas",
                                    "monitoring",
                                    "nodeMaintenanceWindow",
                                    "plugins",
                                    "postgresGID",
                                    "postgresUID",
                                    "postgresql",
                                    "primaryUpdateMethod",
                                    "primaryUpdateStrategy",
                                    "priorityClassName",
                                    "probes",
                                    "projectedVolumeTemplate",
                                    "replica",
                                    "replicationSlots",
                                    "resources",
                                    "schedulerName",
                                    "seccompProfile",
                                    "serviceAccountTemplate",
                                    "smartShutdownTimeout",
                                    "startDelay",
                                    "stopDelay",
                                    "storage",
                                    "superuserSecret",
                                    "switchoverDelay",
                                    "tablespaces",
                                    "topologySpreadConstraints",
                                    "walStorage")),
                    Map.entry(
                            "Cluster.spec.postgresql",
                            Set.of(
                                    "parameters",
                                    "synchronous",
                                    "pg_hba",
                                    "pg_ident",
                                    "syncReplicaElectionConstraint",
                                    "shared_preload_libraries",
                                    "ldap",
                                    "promotionTimeout",
                                    "enableAlterSystem",
                                    "extensions")),
                    Map.entry("Cluster.spec.postgresql.parameters{}", Set.of()),
                    Map.entry(
                            "Cluster.spec.postgresql.synchronous",
                            Set.of(
                                    "method",
                                    "number",
                                    "maxStandbyNamesFromCluster",
                                    "standbyNamesPre",
                                    "standbyNamesPost",
                                    "dataDurability",
                                    "failoverQuorum")),
                    Map.entry("Cluster.spec.managed", Set.of("roles", "services")),
                    Map.entry(
                            "Cluster.spec.managed.roles[]",
                            Set.of(
                                    "name",
                                    "comment",
                                    "ensure",
                                    "passwordSecret",
                                    "connectionLimit",
                                    "validUntil",
                                    "inRoles",
                                    "inherit",
                                    "disablePassword",
                                    "superuser",
                                    "createdb",
                                    "createrole",
                                    "login",
                                    "replication",
                                    "bypassrls")),
                    Map.entry("Cluster.spec.managed.roles[].passwordSecret", Set.of("name")),
                    Map.entry(
                            "Cluster.spec.storage",
                            Set.of("storageClass", "size", "resizeInUseVolumes", "pvcTemplate")),
                    Map.entry(
                            "Cluster.spec.walStorage",
                            Set.of("storageClass", "size", "resizeInUseVolumes", "pvcTemplate")),
                    Map.entry(
                            "Cluster.spec.affinity",
                            Set.of(
                                    "enablePodAntiAffinity",
                                    "topologyKey",
                                    "nodeSelector",
                                    "nodeAffinity",
                                    "tolerations",
                                    "podAntiAffinityType",
                                    "additionalPodAntiAffinity",
                                    "additionalPodAffinity")),
                    Map.entry(
                            "Cluster.spec.backup",
                            Set.of("volumeSnapshot", "barmanObjectStore", "retentionPolicy", "target")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore",
                            Set.of(
                                    "serverName",
                                    "s3Credentials",
                                    "azureCredentials",
                                    "googleCredentials",
                                    "endpointURL",
                                    "endpointCA",
                                    "destinationPath",
                                    "tags",
                                    "historyTags",
                                    "wal",
                                    "data")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore.s3Credentials",
                            Set.of("accessKeyId", "secretAccessKey", "region", "sessionToken", "inheritFromIAMRole")),
                    Map.entry("Cluster.spec.backup.barmanObjectStore.s3Credentials.accessKeyId", Set.of("name", "key")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore.s3Credentials.secretAccessKey",
                            Set.of("name", "key")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore.wal",
                            Set.of(
                                    "compression",
                                    "encryption",
                                    "maxParallel",
                                    "restoreAdditionalCommandArgs",
                                    "archiveAdditionalCommandArgs")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore.data",
                            Set.of(
                                    "compression",
                                    "encryption",
                                    "jobs",
                                    "immediateCheckpoint",
                                    "additionalCommandArgs")),
                    Map.entry(
                            "Database.spec",
                            Set.of(
                                    "cluster",
                                    "ensure",
                                    "name",
                                    "owner",
                                    "template",
                                    "encoding",
                                    "locale",
                                    "localeProvider",
                                    "localeCollate",
                                    "localeCType",
                                    "icuLocale",
                                    "icuRules",
                                    "builtinLocale",
                                    "collationVersion",
                                    "isTemplate",
                                    "allowConnections",
                                    "connectionLimit",
                                    "tablespace",
                                    "databaseReclaimPolicy",
                                    "schemas",
                                    "extensions",
                                    "fdws")),
                    Map.entry("Database.spec.cluster", Set.of("name")),
                    Map.entry(
                            "ScheduledBackup.spec",
                            Set.of(
                                    "suspend",
                                    "immediate",
                                    "schedule",
                                    "cluster",
                                    "backupOwnerReference",
                                    "target",
                                    "method",
                                    "pluginConfiguration",
                                    "online",
                                    "onlineConfiguration")),
                    Map.entry("ScheduledBackup.spec.cluster", Set.of("name"))),
            Map.ofEntries(
                    Map.entry("Cluster.spec.primaryUpdateStrategy", Set.of("unsupervised", "supervised")),
                    Map.entry("Cluster.spec.postgresql.synchronous.method", Set.of("any", "first")),
                    Map.entry("Cluster.spec.postgresql.synchronous.dataDurability", Set.of("required", "preferred")),
                    Map.entry("Cluster.spec.managed.roles[].ensure", Set.of("present", "absent")),
                    Map.entry("Cluster.spec.affinity.podAntiAffinityType", Set.of("preferred", "required")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore.wal.compression",
                            Set.of("bzip2", "gzip", "lz4", "snappy", "xz", "zstd")),
                    Map.entry(
                            "Cluster.spec.backup.barmanObjectStore.data.compression",
                            Set.of("bzip2", "gzip", "lz4", "snappy", "xz", "zstd")),
                    Map.entry("Database.spec.ensure", Set.of("present", "absent")),
                    Map.entry("Database.spec.databaseReclaimPolicy", Set.of("delete", "retain")),
                    Map.entry("ScheduledBackup.spec.backupOwnerReference", Set.of("none", "self", "cluster")),
                    Map.entry("ScheduledBackup.spec.method", Set.of("barmanObjectStore", "volumeSnapshot", "plugin")),
                    Map.entry("ScheduledBackup.spec.target", Set.of("primary", "prefer-standby"))),
            Map.of(
                    "Cluster.spec", Set.of("instances"),
                    "Cluster.spec.postgresql.synchronous", Set.of("method", "number"),
                    "Cluster.spec.managed.roles[]", Set.of("name"),
                    "Cluster.spec.backup.barmanObjectStore", Set.of("destinationPath"),
                    "Database.spec", Set.of("name", "owner", "cluster"),
                    "ScheduledBackup.spec", Set.of("schedule", "cluster")),
            Set.of("Cluster.spec.resources"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Source.class,
            names = {"HELM_PROD_OPERATORS", "KUSTOMIZE_PROD_OPERATORS"})
    void cnpgObjects_useOnlyFieldsAndValuesOfTheApiReference(Source source) {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("Cluster", "Database", "ScheduledBackup")) {
            var objects = Renders.objectsOfKind(source, kind);
            assertThat(objects).as(kind + " in " + source).isNotEmpty();
            objects.forEach(o -> {
                assertThat(o.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
                problems.addAll(SCHEMA.check(o));
            });
        }
        assertThat(problems).as(source.label).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Source.class,
            names = {"HELM_PROD_OPERATORS", "KUSTOMIZE_PROD_OPERATORS"})
    @SuppressWarnings("unchecked")
    void cluster_isHighlyAvailable_tlsOnly_andOwnsTheServicesDatabases(Source source) {
        var cluster = Renders.objectsOfKind(source, "Cluster").get(0);
        String name = name(cluster);
        var spec = (Map<String, Object>) cluster.get("spec");
        assertThat(spec.get("instances")).isEqualTo(3);
        var postgresql = (Map<String, Object>) spec.get("postgresql");
        var sync = (Map<String, Object>) postgresql.get("synchronous");
        assertThat((Integer) sync.get("number")).isBetween(1, 2);
        assertThat(sync.get("dataDurability")).isEqualTo("required");
        assertThat((List<String>) postgresql.get("pg_hba"))
                .as("every connection without TLS is refused")
                .contains("hostnossl all all 0.0.0.0/0 reject", "hostnossl all all ::/0 reject");
        var roles = (List<Map<String, Object>>) ((Map<String, Object>) spec.get("managed")).get("roles");
        var databases = Renders.objectsOfKind(source, "Database");
        for (String db : ServiceChecks.DATABASES.values()) {
            assertThat(roles)
                    .as("managed role " + db)
                    .anyMatch(r -> db.equals(r.get("name"))
                            && Boolean.TRUE.equals(r.get("login"))
                            && Map.of("name", name + "-" + db).equals(r.get("passwordSecret")));
            assertThat(databases).as("Database " + db).anyMatch(d -> {
                var s = (Map<String, Object>) d.get("spec");
                return db.equals(s.get("name"))
                        && db.equals(s.get("owner"))
                        && Map.of("name", name).equals(s.get("cluster"))
                        && "retain".equals(s.get("databaseReclaimPolicy"));
            });
        }
        var store = (Map<String, Object>) ((Map<String, Object>) spec.get("backup")).get("barmanObjectStore");
        assertThat((String) store.get("destinationPath")).startsWith("s3://");
        assertThat(store).containsKey("s3Credentials");
        var scheduled = (Map<String, Object>)
                Renders.objectsOfKind(source, "ScheduledBackup").get(0).get("spec");
        assertThat(((String) scheduled.get("schedule")).split(" "))
                .as("six-field cron (seconds first)")
                .hasSize(6);
        assertThat(scheduled.get("cluster")).isEqualTo(Map.of("name", name));
        assertThat(scheduled.get("method")).isEqualTo("barmanObjectStore");
        var podMonitors = Renders.ofKind(source, PodMonitor.class);
        assertThat(podMonitors)
                .anyMatch(p -> name.equals(
                                p.getSpec().getSelector().getMatchLabels().get("cnpg.io/cluster"))
                        && p.getSpec().getPodMetricsEndpoints().stream().anyMatch(e -> "metrics".equals(e.getPort())));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Source.class,
            names = {"HELM_PROD_OPERATORS", "KUSTOMIZE_PROD_OPERATORS"})
    void services_connectToTheReadWriteService_verifyFull_withTheOperatorsCaAndTheirOwnersSecret(Source source) {
        String cluster = name(Renders.objectsOfKind(source, "Cluster").get(0));
        for (String service : Services.NAMES) {
            Deployment d = ServiceChecks.deployment(source, service);
            var config = Renders.ofKind(source, ConfigMap.class).stream()
                    .filter(c ->
                            c.getMetadata().getName().equals(d.getMetadata().getName()))
                    .findFirst()
                    .orElseThrow()
                    .getData();
            assertThat(config)
                    .as(service)
                    .containsEntry("GOVSHARE_DB_HOST", cluster + "-rw")
                    .containsEntry("GOVSHARE_DB_SSL_MODE", "verify-full")
                    .containsEntry("GOVSHARE_DB_SSL_VERIFY", "true")
                    .containsEntry("GOVSHARE_DB_SSL_HOSTNAME_ALGORITHM", "HTTPS")
                    .containsEntry("GOVSHARE_DB_SSL_ROOT_CERT", "/etc/govshare/db-ca/ca.crt");
            var pod = d.getSpec().getTemplate().getSpec();
            assertThat(pod.getVolumes())
                    .as(service + ": the CA certificate (only) of the operator's CA Secret")
                    .anyMatch(v -> v.getSecret() != null
                            && (cluster + "-ca").equals(v.getSecret().getSecretName())
                            && v.getSecret().getItems().size() == 1
                            && "ca.crt".equals(v.getSecret().getItems().get(0).getKey()));
            var env = pod.getContainers().get(0).getEnv();
            String db = ServiceChecks.DATABASES.get(service);
            assertThat(env)
                    .as(service + ": its owner's credentials")
                    .anyMatch(e -> secretRef(e, "GOVSHARE_DB_USER", cluster + "-" + db, "username"))
                    .anyMatch(e -> secretRef(e, "GOVSHARE_DB_PASSWORD", cluster + "-" + db, "password"));
        }
    }

    @Test
    void schema_catchesAnUnknownFieldAWrongEnumAndAMissingRequiredField() {
        Map<String, Object> broken = Map.of(
                "kind", "Database",
                "metadata", Map.of("name", "x"),
                "spec", Map.of("name", "catalog", "cluster", Map.of("name", "db"), "ensure", "maybe", "ownr", "a"));
        assertThat(SCHEMA.check(broken))
                .anyMatch(p -> p.contains("unknown field ownr"))
                .anyMatch(p -> p.contains("maybe is not one of"))
                .anyMatch(p -> p.contains("required field owner missing"));
    }

    private static boolean secretRef(EnvVar e, String name, String secret, String key) {
        return e.getName().equals(name)
                && e.getValueFrom() != null
                && e.getValueFrom().getSecretKeyRef() != null
                && secret.equals(e.getValueFrom().getSecretKeyRef().getName())
                && key.equals(e.getValueFrom().getSecretKeyRef().getKey());
    }

    private static String name(Map<String, Object> object) {
        return (String) ((Map<?, ?>) object.get("metadata")).get("name");
    }
}
