package io.govshare.k8s;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.govshare.k8s.Renders.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holiday calendar ConfigMap (k8s/RUNBOOK.md, "Adding a holiday year"): in production (values-prod.yaml and the
 * overlays generated from it) request- and report-service mount ops' ConfigMap {@code govshare-holidays}, optional,
 * read-only, at the directory {@code GOVSHARE_HOLIDAY_CALENDAR_DIR} names; the services that count no working days
 * get neither; without {@code holidayCalendar.enabled} nobody does; the chart can also create the ConfigMap itself.
 */
class HolidayCalendarChartTest {

    static final Set<String> COUNT_WORKING_DAYS = Set.of("request-service", "report-service");
    static final String DIR = "/etc/govshare/holidays";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Source.class)
    void theCalendarIsMounted_intoTheServicesThatCountWorkingDays_inProduction(Source source) {
        Map<String, ConfigMap> configMaps = new java.util.HashMap<>();
        Renders.ofKind(source, ConfigMap.class)
                .forEach(c -> configMaps.put(c.getMetadata().getName(), c));
        for (String service :
                List.of("catalog-service", "request-service", "exchange-stats-service", "report-service")) {
            Deployment deployment = Renders.ofKind(source, Deployment.class).stream()
                    .filter(d -> d.getMetadata().getName().equals("govshare-" + service))
                    .findFirst()
                    .orElseThrow();
            var pod = deployment.getSpec().getTemplate().getSpec();
            Volume volume = pod.getVolumes().stream()
                    .filter(v -> v.getName().equals("holidays"))
                    .findFirst()
                    .orElse(null);
            VolumeMount mount = pod.getContainers().get(0).getVolumeMounts().stream()
                    .filter(m -> m.getName().equals("holidays"))
                    .findFirst()
                    .orElse(null);
            String dir = configMaps.get("govshare-" + service).getData().get("GOVSHARE_HOLIDAY_CALENDAR_DIR");
            if (source.isProd() && COUNT_WORKING_DAYS.contains(service)) {
                assertThat(volume).as("%s: %s volume", source, service).isNotNull();
                assertThat(volume.getConfigMap().getName()).isEqualTo("govshare-holidays");
                assertThat(volume.getConfigMap().getOptional())
                        .as("optional until ops create it")
                        .isTrue();
                assertThat(mount.getMountPath()).isEqualTo(DIR);
                assertThat(mount.getReadOnly()).isTrue();
                assertThat(dir)
                        .as("%s: %s GOVSHARE_HOLIDAY_CALENDAR_DIR", source, service)
                        .isEqualTo(DIR);
            } else {
                assertThat(volume).as("%s: %s volume", source, service).isNull();
                assertThat(mount).isNull();
                assertThat(dir).isNull();
            }
        }
    }

    @Test
    void theChartCreatesTheConfigMap_fromFilesGivenAsValues() {
        String json =
                "{\"years\": [{\"year\": 2027, \"holidays\": [{\"from\": \"2027-01-01\", \"to\": \"2027-01-01\"}]}]}";
        var manifests = new HelmRenderer(Renders.CHART)
                .template(
                        List.of(),
                        HelmRenderer.sets(
                                "holidayCalendar.enabled",
                                true,
                                "holidayCalendar.files.cn-holidays-2027\\.json",
                                json));
        var created = manifests.stream()
                .filter(m -> m.id().equals("ConfigMap/govshare-holidays"))
                .findFirst()
                .orElseThrow();
        assertThat(created.yaml()).contains("cn-holidays-2027.json:", "2027-01-01");
        assertThat(manifests)
                .filteredOn(m -> m.kind().equals("Deployment") && m.yaml().contains("name: govshare-holidays"))
                .extracting(Manifest::id)
                .containsExactlyInAnyOrder("Deployment/govshare-request-service", "Deployment/govshare-report-service");
    }
}
