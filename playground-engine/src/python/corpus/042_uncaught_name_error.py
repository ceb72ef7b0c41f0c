ORG_NAME = "acme"
REGISTRY_NAME = "model"
print("before")
target_path = f"{ORG_ENTITY_NAME}/wandb-registry-{REGISTRY_NAME}/Example ML Task"
print("never")
