{{/* Name of a service's objects: <release>-<service> */}}
{{- define "govshare.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of a component: what Services, NetworkPolicies and PDBs select on */}}
{{- define "govshare.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Labels of every object (STYLE §11) */}}
{{- define "govshare.labels" -}}
{{ include "govshare.selectorLabels" . }}
app.kubernetes.io/part-of: govshare
app.kubernetes.io/component: {{ .component | default "api" }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Values.global.managedBy | default .root.Release.Service }}
{{- end -}}

{{/* Image of a service: [<registry>/]<repository>:<tag> */}}
{{- define "govshare.image" -}}
{{- $g := .root.Values.global.image -}}
{{- $tag := .svc.image.tag | default $g.tag | default .root.Chart.AppVersion -}}
{{- if $g.registry -}}{{ $g.registry }}/{{- end -}}{{ .svc.image.repository }}:{{ $tag }}
{{- end -}}

{{/* Name of the Secret a service reads its credentials from */}}
{{- define "govshare.secretName" -}}
{{- .svc.secret.existingSecret | default (include "govshare.fullname" .) -}}
{{- end -}}

{{/* Name of the CloudNativePG Cluster (cnpg.enabled) */}}
{{- define "govshare.cnpgCluster" -}}
{{- printf "%s-db" .Release.Name -}}
{{- end -}}

{{/* Database host: the trial PostgreSQL, the CloudNativePG read-write Service, or database.host */}}
{{- define "govshare.databaseHost" -}}
{{- if and .Values.postgresql.enabled .Values.cnpg.enabled -}}{{ fail "postgresql.enabled (trial) and cnpg.enabled exclude each other" }}{{- end -}}
{{- if .Values.postgresql.enabled -}}{{ printf "%s-postgresql" .Release.Name }}
{{- else if .Values.cnpg.enabled -}}{{ include "govshare.cnpgCluster" . }}-rw
{{- else -}}{{ .Values.database.host }}{{- end -}}
{{- end -}}

{{/* TLS to PostgreSQL: the mode, and the Secret holding the server's CA (CNPG: the operator's <cluster>-ca) */}}
{{- define "govshare.dbSslMode" -}}
{{- if .Values.cnpg.enabled -}}verify-full{{- else -}}{{ .Values.database.tls.mode }}{{- end -}}
{{- end -}}
{{- define "govshare.dbCaSecret" -}}
{{- if .Values.cnpg.enabled -}}{{ include "govshare.cnpgCluster" . }}-ca{{- else -}}{{ .Values.database.tls.caSecret }}{{- end -}}
{{- end -}}

{{/* Name of the holiday calendar ConfigMap (holidayCalendar.enabled): ops' own, or the chart's */}}
{{- define "govshare.holidayConfigMap" -}}
{{- .Values.holidayCalendar.existingConfigMap | default (printf "%s-holidays" .Release.Name) -}}
{{- end -}}

{{/* Public URL of the trial Keycloak (the issuer in its tokens) */}}
{{- define "govshare.keycloakUrl" -}}
{{- .Values.keycloak.hostname | default (printf "http://%s-keycloak:8080" .Release.Name) -}}
{{- end -}}

{{/* Public base URL of the operator's Keycloak: scheme and host of oidc.url (its issuer) */}}
{{- define "govshare.keycloakOperatorUrl" -}}
{{- $u := urlParse .Values.oidc.url -}}
{{- printf "%s://%s" $u.scheme $u.host -}}
{{- end -}}

{{/* OIDC issuer URL: the trial Keycloak's realm when deployed, else oidc.url */}}
{{- define "govshare.oidcUrl" -}}
{{- if .Values.keycloak.enabled -}}{{ include "govshare.keycloakUrl" . }}/realms/govshare{{- else -}}{{ .Values.oidc.url }}{{- end -}}
{{- end -}}

{{/* TCP port of the OIDC issuer, from its URL */}}
{{- define "govshare.oidcPort" -}}
{{- $u := urlParse (include "govshare.oidcUrl" .) -}}
{{- $hostPort := splitList ":" $u.host -}}
{{- if gt (len $hostPort) 1 -}}{{ last $hostPort }}{{- else if eq $u.scheme "https" -}}443{{- else -}}80{{- end -}}
{{- end -}}

{{/* Pod-level security context of every GovShare pod */}}
{{- define "govshare.podSecurityContext" -}}
{{ toYaml .Values.podSecurityContext }}
{{- end -}}

{{/* The roles (and databases) of the CloudNativePG Cluster: each service's database, and keycloak with the operator's Keycloak */}}
{{- define "govshare.cnpgRoles" -}}
{{- $roles := list -}}
{{- range $name, $svc := .Values.services -}}{{- if $svc.enabled -}}{{- $roles = append $roles $svc.database.name -}}{{- end -}}{{- end -}}
{{- if .Values.keycloakOperator.enabled -}}{{- $roles = append $roles "keycloak" -}}{{- end -}}
{{- toJson $roles -}}
{{- end -}}

{{/* The console's public URL: console.publicUrl, else the Ingress host; empty when neither is set */}}
{{- define "govshare.consoleUrl" -}}
{{- if .Values.console.publicUrl -}}{{ trimSuffix "/" .Values.console.publicUrl }}
{{- else if .Values.ingress.enabled -}}{{ ternary "https" "http" .Values.ingress.tls.enabled }}://{{ .Values.ingress.host }}
{{- end -}}
{{- end -}}
