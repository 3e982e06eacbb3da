package nl.inbreng.infra;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No cluster runs on the build machines, so the manifests under infra/k8s are loaded into the Kubernetes model and
 * checked against what the jar really offers: its port, its health routes, its settings and its version.
 */
class KubernetesManifestsTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path K8S = REPO.resolve("infra/k8s");

    private static List<HasMetadata> resources;
    private static Deployment deployment;
    private static Container container;

    @BeforeAll
    static void load() throws IOException {
        resources = new ArrayList<>();
        for (String file : kustomizationResources(K8S.resolve("kustomization.yaml"))) {
            try (InputStream in = Files.newInputStream(K8S.resolve(file))) {
                resources.add(Serialization.unmarshal(in));
            }
        }
        deployment = one(Deployment.class);
        container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    @Test
    void holdsEveryKindADeploymentPeopleRunNeeds() {
        Set<String> kinds = resources.stream().map(HasMetadata::getKind).collect(Collectors.toSet());

        assertEquals(Set.of("Namespace", "ConfigMap", "Secret", "ServiceAccount", "Deployment", "Service", "Ingress",
                "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy"), kinds);
    }

    @Test
    void probesAskTheRoutesTheJarAnswersOnItsOwnPort() {
        int port = container.getPorts().get(0).getContainerPort();
        assertEquals(8080, port, "the jar's default port (application.yml)");
        assertEquals(String.valueOf(port), env("MICRONAUT_SERVER_PORT"));

        assertEquals("/health", container.getReadinessProbe().getHttpGet().getPath(),
                "readiness is the contract's /health: database and index");
        assertEquals("/health/live", container.getLivenessProbe().getHttpGet().getPath(),
                "liveness must not depend on the database");
        assertEquals("/health/live", container.getStartupProbe().getHttpGet().getPath());
        for (Probe probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(), container.getStartupProbe())) {
            assertEquals("http", probe.getHttpGet().getPort().getStrVal());
        }
        assertEquals("http", container.getPorts().get(0).getName());
    }

    @Test
    void everyReplicaHasResourcesAndRestartsOnOutOfMemory() {
        Map<String, Quantity> requests = container.getResources().getRequests();
        Map<String, Quantity> limits = container.getResources().getLimits();
        assertNotNull(requests.get("cpu"));
        assertNotNull(requests.get("memory"));
        assertTrue(Quantity.getAmountInBytes(limits.get("memory")).compareTo(Quantity.getAmountInBytes(requests.get("memory"))) >= 0);
        assertTrue(env("JAVA_TOOL_OPTIONS").contains("-XX:+ExitOnOutOfMemoryError"));
        // The heap is set explicitly (docs/benchmarks.md, issue 19) and the request leaves room for the ~200-300 MiB the
        // JVM uses outside the heap, so a pod at its full heap is not killed by its own memory request or limit.
        Matcher xmx = Pattern.compile("-Xmx(\\d+)([gGmM])").matcher(env("JDK_JAVA_OPTIONS"));
        assertTrue(xmx.find(), "JDK_JAVA_OPTIONS sets -Xmx");
        BigDecimal heap = BigDecimal.valueOf(Long.parseLong(xmx.group(1)) << (xmx.group(2).equalsIgnoreCase("g") ? 30 : 20));
        BigDecimal outsideHeap = BigDecimal.valueOf(256L << 20);
        assertTrue(heap.add(outsideHeap).compareTo(Quantity.getAmountInBytes(requests.get("memory"))) <= 0,
                "heap + 256 MiB fits in the memory request");
        assertTrue(deployment.getSpec().getReplicas() >= 2, "more than one replica");
        assertEquals(0, deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal());
    }

    @Test
    void runsUnprivilegedWithAReadOnlyRootAndTheIndexInItsOwnVolume() {
        var pod = deployment.getSpec().getTemplate().getSpec();
        assertTrue(pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(container.getSecurityContext().getReadOnlyRootFilesystem());
        assertFalse(container.getSecurityContext().getAllowPrivilegeEscalation());
        String dataDir = one(ConfigMap.class).getData().get("INBRENG_DATA_DIR");
        assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals(dataDir)),
                "INBRENG_DATA_DIR is a mounted volume");
    }

    @Test
    void imageCarriesTheVersionOfTheJar() throws IOException {
        String pom = Files.readString(REPO.resolve("backend/pom.xml"));
        Matcher version = Pattern.compile("<artifactId>inbreng-backend</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(version.find());
        assertTrue(container.getImage().endsWith(":" + version.group(1)), container.getImage());
    }

    @Test
    void everySettingIsOneTheReadmeDocuments() throws IOException {
        Set<String> documented = documentedSettings();
        Set<String> given = new HashSet<>(one(ConfigMap.class).getData().keySet());
        given.addAll(one(Secret.class).getStringData().keySet());
        // the JVM's own options are read by Java, not by the jar
        container.getEnv().stream().map(EnvVar::getName)
                .filter(n -> !n.equals("JAVA_TOOL_OPTIONS") && !n.equals("JDK_JAVA_OPTIONS")).forEach(given::add);

        Set<String> unknown = new HashSet<>(given);
        unknown.removeAll(documented);
        assertEquals(Set.of(), unknown, "settings the jar does not know");
        assertTrue(given.contains("DATASOURCES_DEFAULT_URL") && given.contains("DATASOURCES_DEFAULT_PASSWORD"));
    }

    @Test
    void trafficReachesTheReplicasOverTlsOnly() {
        String podLabel = deployment.getSpec().getTemplate().getMetadata().getLabels().get("app.kubernetes.io/name");
        Service service = one(Service.class);
        assertEquals(podLabel, service.getSpec().getSelector().get("app.kubernetes.io/name"));
        assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());

        Ingress ingress = one(Ingress.class);
        var rule = ingress.getSpec().getRules().get(0);
        assertTrue(ingress.getSpec().getTls().get(0).getHosts().contains(rule.getHost()), "the host has TLS");
        assertEquals(service.getMetadata().getName(), rule.getHttp().getPaths().get(0).getBackend().getService().getName());

        assertEquals(podLabel, one(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"));
        assertEquals(podLabel, one(NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
        HorizontalPodAutoscaler hpa = one(HorizontalPodAutoscaler.class);
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2);
    }

    private static String env(String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .map(EnvVar::getValue).orElseThrow(() -> new AssertionError("no env " + name));
    }

    private static <T extends HasMetadata> T one(Class<T> kind) {
        List<T> found = resources.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, found.size(), kind.getSimpleName());
        return found.get(0);
    }

    private static List<String> kustomizationResources(Path kustomization) throws IOException {
        List<String> files = new ArrayList<>();
        boolean inResources = false;
        for (String line : Files.readAllLines(kustomization)) {
            if (line.startsWith("resources:")) {
                inResources = true;
            } else if (inResources && line.startsWith("  - ")) {
                files.add(line.substring(4).trim());
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                inResources = false;
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }

    /** The variables in README.md's configuration table: the jar's documented settings. */
    private static Set<String> documentedSettings() throws IOException {
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(Files.readString(REPO.resolve("README.md")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
