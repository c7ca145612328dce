// Generated from the zod contract by src/contract/json-schema/generate.ts (`npm run generate:schemas`,
// also run by `npm run build`): do not edit. test/unit/json-schema.test.ts fails when it is out of date.
import type * as accounts from '../accounts.js';
import type * as analytics from '../analytics.js';
import type * as errors from '../errors.js';
import type * as fields from '../fields.js';
import type * as hub from '../hub-responses.js';
import type * as links from '../links.js';
import type * as opener from '../opener-message.js';
import type * as project from '../project.js';
import type * as sessions from '../connect-sessions.js';
import type * as webhookEndpoints from '../webhook-endpoints.js';
import type { SchemaOf } from './check.js';

const Field: SchemaOf<fields.Field> = {
  "type": "object",
  "properties": {
    "key": {
      "type": "string"
    },
    "label": {
      "type": "string"
    },
    "type": {
      "type": "string"
    },
    "required": {
      "type": "boolean"
    },
    "secret": {
      "type": "boolean"
    },
    "readOnly": {
      "type": "boolean"
    },
    "placeholder": {
      "type": "string"
    },
    "value": {
      "type": [
        "string",
        "number",
        "null"
      ]
    },
    "options": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "value": {
            "type": "string"
          },
          "label": {
            "type": "string"
          }
        },
        "required": [
          "value",
          "label"
        ]
      }
    },
    "guide": {
      "type": "object",
      "properties": {
        "tooltip": {
          "type": "string"
        },
        "description": {
          "type": "string"
        }
      }
    },
    "tooltip": {
      "type": "string"
    },
    "description": {
      "type": "string"
    },
    "validation": {},
    "display": {
      "type": "boolean"
    },
    "condition": {
      "type": "string"
    }
  },
  "required": [
    "key",
    "label"
  ]
};

const Notice: SchemaOf<fields.Notice> = {
  "type": "object",
  "properties": {
    "key": {
      "type": "string"
    },
    "type": {
      "type": "string"
    },
    "description": {
      "type": "string"
    },
    "position": {
      "type": "string"
    },
    "anchor": {
      "type": "string"
    }
  },
  "required": [
    "key",
    "type",
    "description"
  ]
};

const Integration: SchemaOf<hub.Integration> = {
  "type": "object",
  "properties": {
    "integration_id": {
      "type": "string"
    },
    "provider": {
      "type": "string"
    },
    "name": {
      "type": "string"
    },
    "logo_url": {
      "type": "string"
    },
    "type": {
      "type": "string"
    },
    "version": {
      "type": "string"
    },
    "active": {
      "type": "boolean"
    },
    "authentication_config_key": {
      "type": "string"
    },
    "environment": {
      "type": "string"
    }
  },
  "required": [
    "integration_id",
    "provider",
    "name",
    "logo_url",
    "type",
    "version",
    "active",
    "authentication_config_key",
    "environment"
  ]
};

export const ApiErrorBody: SchemaOf<errors.ApiErrorBody> = {
  "type": "object",
  "properties": {
    "statusCode": {
      "type": "number"
    },
    "message": {
      "type": "string"
    },
    "code": {
      "type": "string"
    },
    "field": {
      "type": "string"
    },
    "provider_response": {
      "type": "string"
    },
    "timestamp": {
      "type": "string"
    }
  },
  "required": [
    "statusCode",
    "message",
    "timestamp"
  ]
};

export const HubSettings: SchemaOf<hub.HubSettings> = {
  "type": "object",
  "properties": {
    "enabled_features": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "existing_account_id": {
      "type": [
        "string",
        "null"
      ]
    },
    "project_name": {
      "type": "string"
    },
    "expires_at": {
      "type": "string"
    },
    "allowed_origins": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "locale": {
      "type": [
        "string",
        "null"
      ]
    }
  },
  "required": [
    "enabled_features"
  ]
};

export const IntegrationList: SchemaOf<hub.IntegrationList> = {
  "type": "object",
  "properties": {
    "integrations": {
      "type": "array",
      "items": Integration
    },
    "external_trigger_token": {
      "type": "string"
    }
  },
  "required": [
    "integrations"
  ]
};

export const FalconConnectorConfig: SchemaOf<hub.FalconConnectorConfig> = {
  "type": "object",
  "properties": {
    "key": {
      "type": "string"
    },
    "name": {
      "type": "string"
    },
    "assets": {
      "type": "object",
      "properties": {
        "icon": {
          "type": "string"
        }
      }
    },
    "type": {
      "type": "string"
    },
    "grantType": {
      "type": "string"
    },
    "configFields": {
      "type": "array",
      "items": Field
    },
    "configNotices": {
      "type": "array",
      "items": Notice
    },
    "support": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "link": {
              "type": [
                "string",
                "null"
              ]
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            }
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "category": {
      "type": "string"
    }
  },
  "required": [
    "key",
    "name",
    "type"
  ]
};

export const ConnectorResponse: SchemaOf<hub.ConnectorResponse> = {
  "type": "object",
  "properties": {
    "config": {
      "anyOf": [
        FalconConnectorConfig,
        {
          "type": "object",
          "properties": {
            "key": {
              "type": "string"
            },
            "name": {
              "type": "string"
            },
            "assets": {
              "type": "object",
              "properties": {
                "icon": {
                  "type": "string"
                }
              }
            },
            "authentication": {
              "type": "object",
              "properties": {},
              "additionalProperties": {
                "type": "object",
                "properties": {},
                "additionalProperties": {
                  "type": "object",
                  "properties": {
                    "type": {
                      "type": "string"
                    },
                    "grantType": {
                      "type": "string"
                    },
                    "fields": {
                      "type": "array",
                      "items": Field
                    },
                    "guide": {
                      "type": "object",
                      "properties": {
                        "supportLink": {
                          "type": "string"
                        },
                        "description": {
                          "type": "string"
                        }
                      }
                    }
                  },
                  "required": [
                    "type"
                  ]
                }
              }
            }
          },
          "required": [
            "key",
            "name",
            "authentication"
          ]
        }
      ]
    },
    "hub_settings": {}
  },
  "required": [
    "config"
  ]
};

export const HubAccount: SchemaOf<hub.HubAccount> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "provider": {
      "type": "string"
    },
    "integrationId": {
      "type": "string"
    },
    "authConfigKey": {
      "type": [
        "string",
        "null"
      ]
    },
    "environment": {
      "type": [
        "string",
        "null"
      ]
    },
    "setupInformation": {
      "anyOf": [
        {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "type": "string"
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "secrets": {
      "anyOf": [
        {
          "type": "object",
          "properties": {},
          "additionalProperties": {
            "type": "string"
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "updatedAt": {
      "type": "string"
    }
  },
  "required": [
    "provider",
    "integrationId"
  ]
};

export const HubAccountResult: SchemaOf<hub.HubAccountResult> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "provider": {
      "type": "string"
    },
    "result_token": {
      "type": "string"
    }
  },
  "required": [
    "id"
  ]
};

export const ConnectionAttempt: SchemaOf<hub.ConnectionAttempt> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "status": {
      "type": "string"
    },
    "account": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            }
          },
          "required": [
            "id"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "error": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "code": {
              "type": "string"
            },
            "description": {
              "type": [
                "string",
                "null"
              ]
            }
          },
          "required": [
            "code"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "result_token": {
      "type": "string"
    }
  },
  "required": [
    "status"
  ]
};

export const ConnectionAttemptCreated: SchemaOf<hub.ConnectionAttemptCreated> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    }
  },
  "required": [
    "id"
  ]
};

export const AccountConnectedMessage: SchemaOf<opener.AccountConnectedMessage> = {
  "type": "object",
  "properties": {
    "type": {
      "type": "string",
      "const": "AccountConnected"
    },
    "account": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "provider": {
          "type": "string"
        },
        "result_token": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "provider"
      ]
    }
  },
  "required": [
    "type",
    "account"
  ]
};

export const HubRenewalResult: SchemaOf<links.HubRenewalResult> = {
  "type": "object",
  "properties": {
    "outcome": {
      "type": "string",
      "enum": [
        "requested",
        "renewed"
      ]
    },
    "project_name": {
      "type": "string"
    },
    "token": {
      "type": "string"
    },
    "expires_at": {
      "type": "string"
    }
  },
  "required": [
    "outcome",
    "project_name"
  ]
};

export const HandoffCreated: SchemaOf<links.HandoffCreated> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "status": {
      "type": "string",
      "enum": [
        "waiting",
        "opened",
        "completed",
        "expired"
      ]
    },
    "expires_at": {
      "type": "string"
    },
    "account": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "provider": {
              "type": "string"
            },
            "result_token": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "provider"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "url": {
      "type": "string"
    },
    "qr_svg": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "status",
    "expires_at",
    "url",
    "qr_svg"
  ]
};

export const HandoffState: SchemaOf<links.HandoffState> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "status": {
      "type": "string",
      "enum": [
        "waiting",
        "opened",
        "completed",
        "expired"
      ]
    },
    "expires_at": {
      "type": "string"
    },
    "account": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "provider": {
              "type": "string"
            },
            "result_token": {
              "type": "string"
            }
          },
          "required": [
            "id",
            "provider"
          ]
        },
        {
          "type": "null"
        }
      ]
    }
  },
  "required": [
    "id",
    "status",
    "expires_at"
  ]
};

export const HandoffClaimed: SchemaOf<links.HandoffClaimed> = {
  "type": "object",
  "properties": {
    "token": {
      "type": "string"
    },
    "provider": {
      "type": [
        "string",
        "null"
      ]
    }
  },
  "required": [
    "token",
    "provider"
  ]
};

export const RenewalRequestList: SchemaOf<links.RenewalRequestList> = {
  "type": "object",
  "properties": {
    "data": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "open",
              "done"
            ]
          },
          "session_id": {
            "type": "number"
          },
          "origin_owner_id": {
            "type": "string"
          },
          "origin_owner_name": {
            "type": "string"
          },
          "origin_username": {
            "type": [
              "string",
              "null"
            ]
          },
          "parameters": {
            "type": "object",
            "properties": {
              "origin_owner_id": {
                "type": "string"
              },
              "origin_owner_name": {
                "type": "string"
              },
              "origin_username": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "provider": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "categories": {
                "anyOf": [
                  {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "account_id": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "label": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "metadata": {
                "anyOf": [
                  {
                    "type": "object",
                    "additionalProperties": {}
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "multiple": {
                "type": "boolean"
              },
              "type": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "connector_profile_id": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "locale": {
                "type": [
                  "string",
                  "null"
                ]
              },
              "renewable": {
                "type": "boolean"
              },
              "expires_in": {
                "type": "number"
              }
            },
            "required": [
              "origin_owner_id",
              "origin_owner_name",
              "origin_username",
              "provider",
              "categories",
              "account_id",
              "label",
              "metadata",
              "multiple",
              "type",
              "connector_profile_id",
              "locale",
              "renewable",
              "expires_in"
            ]
          },
          "new_session_id": {
            "type": [
              "number",
              "null"
            ]
          },
          "created_at": {
            "type": "string"
          },
          "done_at": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "id",
          "status",
          "session_id",
          "origin_owner_id",
          "origin_owner_name",
          "origin_username",
          "parameters",
          "new_session_id",
          "created_at",
          "done_at"
        ]
      }
    }
  },
  "required": [
    "data"
  ]
};

export const ConnectSessionTokenAuthLink: SchemaOf<sessions.ConnectSessionTokenAuthLink> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "number"
    },
    "organization_id": {
      "type": "string"
    },
    "project_id": {
      "type": "string"
    },
    "origin_owner_id": {
      "type": "string"
    },
    "origin_owner_name": {
      "type": "string"
    },
    "origin_username": {
      "type": [
        "string",
        "null"
      ]
    },
    "provider": {
      "type": [
        "string",
        "null"
      ]
    },
    "categories": {
      "anyOf": [
        {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "account_id": {
      "type": [
        "string",
        "null"
      ]
    },
    "label": {
      "type": [
        "string",
        "null"
      ]
    },
    "metadata": {
      "anyOf": [
        {
          "type": "object",
          "additionalProperties": {}
        },
        {
          "type": "null"
        }
      ]
    },
    "multiple": {
      "type": "boolean"
    },
    "type": {
      "type": [
        "string",
        "null"
      ]
    },
    "external_trigger_token": {
      "type": "string"
    },
    "connector_profile_id": {
      "type": [
        "string",
        "null"
      ]
    },
    "locale": {
      "type": [
        "string",
        "null"
      ]
    },
    "renewable": {
      "type": "boolean"
    },
    "created_at": {
      "type": "string"
    },
    "expires_at": {
      "type": "string"
    },
    "token": {
      "type": "string"
    },
    "auth_link_url": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "organization_id",
    "project_id",
    "origin_owner_id",
    "origin_owner_name",
    "created_at",
    "expires_at",
    "token",
    "auth_link_url"
  ]
};

export const RenewalSent: SchemaOf<links.RenewalSent> = {
  "type": "object",
  "properties": {
    "request": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "status": {
          "type": "string",
          "enum": [
            "open",
            "done"
          ]
        },
        "session_id": {
          "type": "number"
        },
        "origin_owner_id": {
          "type": "string"
        },
        "origin_owner_name": {
          "type": "string"
        },
        "origin_username": {
          "type": [
            "string",
            "null"
          ]
        },
        "parameters": {
          "type": "object",
          "properties": {
            "origin_owner_id": {
              "type": "string"
            },
            "origin_owner_name": {
              "type": "string"
            },
            "origin_username": {
              "type": [
                "string",
                "null"
              ]
            },
            "provider": {
              "type": [
                "string",
                "null"
              ]
            },
            "categories": {
              "anyOf": [
                {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                {
                  "type": "null"
                }
              ]
            },
            "account_id": {
              "type": [
                "string",
                "null"
              ]
            },
            "label": {
              "type": [
                "string",
                "null"
              ]
            },
            "metadata": {
              "anyOf": [
                {
                  "type": "object",
                  "additionalProperties": {}
                },
                {
                  "type": "null"
                }
              ]
            },
            "multiple": {
              "type": "boolean"
            },
            "type": {
              "type": [
                "string",
                "null"
              ]
            },
            "connector_profile_id": {
              "type": [
                "string",
                "null"
              ]
            },
            "locale": {
              "type": [
                "string",
                "null"
              ]
            },
            "renewable": {
              "type": "boolean"
            },
            "expires_in": {
              "type": "number"
            }
          },
          "required": [
            "origin_owner_id",
            "origin_owner_name",
            "origin_username",
            "provider",
            "categories",
            "account_id",
            "label",
            "metadata",
            "multiple",
            "type",
            "connector_profile_id",
            "locale",
            "renewable",
            "expires_in"
          ]
        },
        "new_session_id": {
          "type": [
            "number",
            "null"
          ]
        },
        "created_at": {
          "type": "string"
        },
        "done_at": {
          "type": [
            "string",
            "null"
          ]
        }
      },
      "required": [
        "id",
        "status",
        "session_id",
        "origin_owner_id",
        "origin_owner_name",
        "origin_username",
        "parameters",
        "new_session_id",
        "created_at",
        "done_at"
      ]
    },
    "session": ConnectSessionTokenAuthLink
  },
  "required": [
    "request",
    "session"
  ]
};

export const ProjectSummary: SchemaOf<project.ProjectSummary> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "name": {
      "type": "string"
    },
    "organization_id": {
      "type": "string"
    },
    "categories": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "enabled_connector_count": {
      "type": "number"
    },
    "allowed_origins": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "max_link_renewals": {
      "type": "number"
    }
  },
  "required": [
    "id",
    "name",
    "organization_id",
    "categories",
    "enabled_connector_count",
    "allowed_origins"
  ]
};

export const ProjectConnector: SchemaOf<project.ProjectConnector> = {
  "type": "object",
  "properties": {
    "key": {
      "type": "string"
    },
    "name": {
      "type": "string"
    },
    "category": {
      "type": "string"
    },
    "auth_type": {
      "type": "string",
      "enum": [
        "api_key",
        "basic",
        "oauth2",
        "custom"
      ]
    },
    "logo_url": {
      "type": "string"
    },
    "enabled": {
      "type": "boolean"
    },
    "sandbox": {
      "type": "boolean"
    }
  },
  "required": [
    "key",
    "name",
    "category",
    "auth_type",
    "logo_url",
    "enabled",
    "sandbox"
  ]
};

export const ProjectConnectorList: SchemaOf<project.ProjectConnectorList> = {
  "type": "object",
  "properties": {
    "connectors": {
      "type": "array",
      "items": ProjectConnector
    }
  },
  "required": [
    "connectors"
  ]
};

export const LinkedAccount: SchemaOf<accounts.LinkedAccount> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "provider": {
      "type": "string"
    },
    "provider_name": {
      "type": "string"
    },
    "integration_id": {
      "type": "string"
    },
    "status": {
      "type": "string",
      "enum": [
        "active",
        "inactive",
        "suspended",
        "archived",
        "expired",
        "error",
        "invalid"
      ]
    },
    "status_reasons": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "code": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "timestamp": {
            "type": "string"
          }
        },
        "required": [
          "timestamp"
        ]
      }
    },
    "first_failed_at": {
      "type": [
        "string",
        "null"
      ]
    },
    "origin_owner_id": {
      "type": "string"
    },
    "origin_owner_name": {
      "type": "string"
    },
    "origin_username": {
      "type": [
        "string",
        "null"
      ]
    },
    "label": {
      "type": [
        "string",
        "null"
      ]
    },
    "type": {
      "type": [
        "string",
        "null"
      ]
    },
    "categories": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "setup_information": {
      "anyOf": [
        {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "metadata": {
      "anyOf": [
        {
          "type": "object",
          "additionalProperties": {}
        },
        {
          "type": "null"
        }
      ]
    },
    "created_at": {
      "type": "string"
    },
    "updated_at": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "provider",
    "status",
    "origin_owner_id",
    "origin_owner_name",
    "created_at",
    "updated_at"
  ]
};

export const LinkedAccountList: SchemaOf<accounts.LinkedAccountList> = {
  "type": "array",
  "items": LinkedAccount
};

export const WebhookEndpoint: SchemaOf<webhookEndpoints.WebhookEndpoint> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "url": {
      "type": "string"
    },
    "events": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "account.created",
          "account.updated",
          "account.deleted",
          "connect_session.renewal_requested",
          "connect_session.renewed"
        ]
      }
    },
    "enabled": {
      "type": "boolean"
    },
    "description": {
      "type": [
        "string",
        "null"
      ]
    },
    "previous_secret_expires_at": {
      "type": [
        "string",
        "null"
      ]
    },
    "created_at": {
      "type": "string"
    },
    "updated_at": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "url",
    "events",
    "enabled",
    "description",
    "previous_secret_expires_at",
    "created_at",
    "updated_at"
  ]
};

export const WebhookEndpointList: SchemaOf<webhookEndpoints.WebhookEndpointList> = {
  "type": "array",
  "items": WebhookEndpoint
};

export const WebhookDelivery: SchemaOf<webhookEndpoints.WebhookDelivery> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "endpoint_id": {
      "type": "string"
    },
    "event": {
      "type": "string",
      "enum": [
        "account.created",
        "account.updated",
        "account.deleted",
        "connect_session.renewal_requested",
        "connect_session.renewed"
      ]
    },
    "account_id": {
      "type": [
        "string",
        "null"
      ]
    },
    "status": {
      "type": "string",
      "enum": [
        "pending",
        "delivered",
        "failed",
        "cancelled"
      ]
    },
    "attempts": {
      "type": "number"
    },
    "last_status_code": {
      "type": [
        "number",
        "null"
      ]
    },
    "last_error": {
      "type": [
        "string",
        "null"
      ]
    },
    "last_attempt_at": {
      "type": [
        "string",
        "null"
      ]
    },
    "next_attempt_at": {
      "type": [
        "string",
        "null"
      ]
    },
    "delivered_at": {
      "type": [
        "string",
        "null"
      ]
    },
    "created_at": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "endpoint_id",
    "event",
    "account_id",
    "status",
    "attempts",
    "last_status_code",
    "last_error",
    "last_attempt_at",
    "next_attempt_at",
    "delivered_at",
    "created_at"
  ]
};

export const WebhookDeliveryList: SchemaOf<webhookEndpoints.WebhookDeliveryList> = {
  "type": "array",
  "items": WebhookDelivery
};

export const WebhookEndpointWithSecret: SchemaOf<webhookEndpoints.WebhookEndpointWithSecret> = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string"
    },
    "url": {
      "type": "string"
    },
    "events": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "account.created",
          "account.updated",
          "account.deleted",
          "connect_session.renewal_requested",
          "connect_session.renewed"
        ]
      }
    },
    "enabled": {
      "type": "boolean"
    },
    "description": {
      "type": [
        "string",
        "null"
      ]
    },
    "previous_secret_expires_at": {
      "type": [
        "string",
        "null"
      ]
    },
    "created_at": {
      "type": "string"
    },
    "updated_at": {
      "type": "string"
    },
    "secret": {
      "type": "string"
    }
  },
  "required": [
    "id",
    "url",
    "events",
    "enabled",
    "description",
    "previous_secret_expires_at",
    "created_at",
    "updated_at",
    "secret"
  ]
};

export const WebhookRedeliveryResult: SchemaOf<webhookEndpoints.WebhookRedeliveryResult> = {
  "type": "object",
  "properties": {
    "queued": {
      "type": "number"
    },
    "delivery_ids": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "in_flight": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "has_more": {
      "type": "boolean"
    }
  },
  "required": [
    "queued",
    "delivery_ids",
    "in_flight",
    "has_more"
  ]
};

export const WebhookEndpointStatsList: SchemaOf<webhookEndpoints.WebhookEndpointStatsList> = {
  "type": "array",
  "items": {
    "type": "object",
    "properties": {
      "endpoint_id": {
        "type": "string"
      },
      "deliveries": {
        "type": "number"
      },
      "failed": {
        "type": "number"
      },
      "last_delivery": {
        "anyOf": [
          {
            "type": "object",
            "properties": {
              "id": {
                "type": "string"
              },
              "status": {
                "type": "string",
                "enum": [
                  "pending",
                  "delivered",
                  "failed",
                  "cancelled"
                ]
              },
              "created_at": {
                "type": "string"
              }
            },
            "required": [
              "id",
              "status",
              "created_at"
            ]
          },
          {
            "type": "null"
          }
        ]
      }
    },
    "required": [
      "endpoint_id",
      "deliveries",
      "failed",
      "last_delivery"
    ]
  }
};

export const Funnel: SchemaOf<analytics.Funnel> = {
  "type": "object",
  "properties": {
    "from": {
      "type": "string"
    },
    "to": {
      "type": "string"
    },
    "steps": {
      "type": "object",
      "properties": {
        "created": {
          "type": "number"
        },
        "opened": {
          "type": "number"
        },
        "selected": {
          "type": "number"
        },
        "submitted": {
          "type": "number"
        },
        "connected": {
          "type": "number"
        },
        "failed": {
          "type": "number"
        }
      },
      "required": [
        "created",
        "opened",
        "selected",
        "submitted",
        "connected",
        "failed"
      ]
    },
    "conversion": {
      "type": "object",
      "properties": {
        "created_to_opened": {
          "type": [
            "number",
            "null"
          ]
        },
        "opened_to_selected": {
          "type": [
            "number",
            "null"
          ]
        },
        "selected_to_submitted": {
          "type": [
            "number",
            "null"
          ]
        },
        "submitted_to_connected": {
          "type": [
            "number",
            "null"
          ]
        },
        "opened_to_connected": {
          "type": [
            "number",
            "null"
          ]
        }
      },
      "required": [
        "created_to_opened",
        "opened_to_selected",
        "selected_to_submitted",
        "submitted_to_connected",
        "opened_to_connected"
      ]
    },
    "failures": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "reason": {
            "type": "string"
          },
          "sessions": {
            "type": "number"
          }
        },
        "required": [
          "reason",
          "sessions"
        ]
      }
    },
    "connectors": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "provider": {
            "type": "string"
          },
          "steps": {
            "type": "object",
            "properties": {
              "created": {
                "type": "number"
              },
              "opened": {
                "type": "number"
              },
              "selected": {
                "type": "number"
              },
              "submitted": {
                "type": "number"
              },
              "connected": {
                "type": "number"
              },
              "failed": {
                "type": "number"
              }
            },
            "required": [
              "created",
              "opened",
              "selected",
              "submitted",
              "connected",
              "failed"
            ]
          },
          "conversion": {
            "type": "object",
            "properties": {
              "created_to_opened": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "opened_to_selected": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "selected_to_submitted": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "submitted_to_connected": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "opened_to_connected": {
                "type": [
                  "number",
                  "null"
                ]
              }
            },
            "required": [
              "created_to_opened",
              "opened_to_selected",
              "selected_to_submitted",
              "submitted_to_connected",
              "opened_to_connected"
            ]
          },
          "failures": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "reason": {
                  "type": "string"
                },
                "sessions": {
                  "type": "number"
                }
              },
              "required": [
                "reason",
                "sessions"
              ]
            }
          }
        },
        "required": [
          "provider",
          "steps",
          "conversion",
          "failures"
        ]
      }
    },
    "days": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "date": {
            "type": "string"
          },
          "created": {
            "type": "number"
          },
          "connected": {
            "type": "number"
          }
        },
        "required": [
          "date",
          "created",
          "connected"
        ]
      }
    }
  },
  "required": [
    "from",
    "to",
    "steps",
    "conversion",
    "failures",
    "connectors",
    "days"
  ]
};
