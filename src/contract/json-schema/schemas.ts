// Generated from the zod contract by src/contract/json-schema/generate.ts (`npm run generate:schemas`,
// also run by `npm run build`): do not edit. test/unit/json-schema.test.ts fails when it is out of date.
import type * as errors from '../errors.js';
import type * as fields from '../fields.js';
import type * as hub from '../hub-responses.js';
import type * as opener from '../opener-message.js';
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
