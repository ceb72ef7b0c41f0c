// The fields of wandb.Settings (wandb/sdk/wandb_settings.py at v0.28.2), in definition order:
// pydantic validates them in this order, and the model forbids any other (`extra="forbid"`).
// Each line: the field, its annotation's kind (`?` for `| None`; `literal` a Literal, `other`
// a sequence, dict, RunMoment or callable), and its default as Python writes it (`*` one made
// when a Settings is built: see settings.ts `computedDefault`). Data only.
const TABLE = `
allow_media_symlink bool False
allow_offline_artifacts bool True
allow_val_change bool False
anonymous other *
api_key str? None
azure_account_url_to_access_key other None
app_url_override str? None
base_url str 'https://api.wandb.ai'
code_dir str? None
config_paths other None
console literal 'auto'
console_multipart bool False
console_chunk_max_bytes int 0
console_chunk_max_seconds int 0
capture_loggers other None
credentials_file str *
disable_code bool False
disable_git bool False
disable_git_fork_point bool True
disable_job_creation bool True
docker str? None
email str? None
entity str? None
organization str? None
force bool False
fork_from other None
git_commit str? None
git_remote str 'origin'
git_remote_url str? None
git_root str? None
heartbeat_seconds int 30
host str? None
http_proxy str? None
https_proxy str? None
identity_token_file str? None
ignore_globs other ()
init_timeout float 90.0
finish_timeout float 0.0
finish_timeout_raises bool False
insecure_disable_ssl bool False
job_name str? None
job_source literal? None
label_disable bool False
launch bool False
launch_config_path str? None
login_timeout float? None
mode literal 'online'
notebook_name str? None
program str? None
program_abspath str? None
program_relpath str? None
project str? None
quiet bool False
reinit literal 'default'
relogin bool False
resume literal? None
resume_from other None
resumed bool False
root_dir str *
run_group str? None
run_id str? None
run_job_type str? None
run_name str? None
run_notes str? None
run_tags other None
sagemaker_disable bool False
save_code bool? None
settings_system str? None
stop_fn other None
max_end_of_run_history_metrics int 10
max_end_of_run_summary_metrics int 10
show_colors bool? None
show_emoji bool? None
show_errors bool True
show_info bool True
show_warnings bool True
silent bool False
start_method str? None
stop_on_fatal_error bool False
strict bool? None
summary_timeout int 60
summary_warnings int 5
sweep_id str? None
sweep_param_path str? None
symlink bool *
sync_tensorboard bool? None
table_raise_on_max_row_limit_exceeded bool False
use_dot_wandb bool? None
username str? None
x_cli_only_mode bool False
x_disable_meta bool False
x_disable_stats bool False
x_disable_viewer bool False
x_disable_machine_info bool False
x_executable str? None
x_extra_http_headers other None
x_file_stream_max_bytes int? None
x_file_stream_max_line_bytes int? None
x_file_stream_transmit_interval float? None
x_file_stream_no_gzip bool True
x_file_stream_retry_max int? None
x_file_stream_retry_wait_min_seconds float? None
x_file_stream_retry_wait_max_seconds float? None
x_file_stream_timeout_seconds float? None
x_file_transfer_retry_max int? None
x_file_transfer_retry_wait_min_seconds float? None
x_file_transfer_retry_wait_max_seconds float? None
x_file_transfer_timeout_seconds float? None
x_files_dir str? None
x_flow_control_custom bool? None
x_flow_control_disabled bool? None
x_graphql_retry_max int? None
x_graphql_retry_wait_min_seconds float? None
x_graphql_retry_wait_max_seconds float? None
x_graphql_timeout_seconds float? None
x_internal_check_process float 8.0
x_jupyter_name str? None
x_jupyter_path str? None
x_jupyter_root str? None
x_label str? None
x_live_policy_rate_limit int? None
x_live_policy_wait_time int? None
x_log_level int *
x_network_buffer int? None
x_primary bool True
x_proxies other None
x_runqueue_item_id str? None
x_save_requirements bool True
x_server_side_derived_summary bool False
x_server_side_expand_glob_metrics bool True
x_service_transport str? None
x_service_wait float 30.0
x_skip_transaction_log bool False
x_start_time float? None
x_stats_pid int *
x_stats_sampling_interval float 15.0
x_stats_neuron_monitor_config_path str? None
x_stats_dcgm_exporter str? None
x_stats_open_metrics_endpoints other None
x_stats_open_metrics_filters other None
x_stats_open_metrics_http_headers other None
x_stats_disk_paths other ('/',)
x_stats_cpu_count int? None
x_stats_cpu_logical_count int? None
x_stats_gpu_count int? None
x_stats_gpu_type str? None
x_stats_gpu_device_ids other None
x_stats_buffer_size int 0
x_stats_coreweave_metadata_base_url str 'http://169.254.169.254'
x_stats_coreweave_metadata_endpoint str '/api/v2/cloud-init/meta-data'
x_stats_track_process_tree bool False
x_stats_no_cgroup bool False
x_sync bool False
x_sync_dir_suffix str ''
x_update_finish_state bool True
`;

export type FieldKind =
  | 'bool'
  | 'bool?'
  | 'int'
  | 'int?'
  | 'float'
  | 'float?'
  | 'str'
  | 'str?'
  | 'literal'
  | 'literal?'
  | 'other';

export interface SettingsField {
  name: string;
  kind: FieldKind;
  /** The default as Python source (`None`, `True`, `30`, `90.0`, `'auto'`, `()`), or `*`. */
  default: string;
}

export const SETTINGS_TABLE: readonly SettingsField[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, kind, ...rest] = line.split(' ');
    return { name, kind: kind as FieldKind, default: rest.join(' ') };
  });

export const SETTINGS_FIELDS: readonly string[] = SETTINGS_TABLE.map((f) => f.name);
