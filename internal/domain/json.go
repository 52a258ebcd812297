package domain

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON prints a state as its code ("US") and anything else as
// {"org": "NATO"}, as the facts contract wants.
func (p Party) MarshalJSON() ([]byte, error) {
	if p.Code != "" {
		return json.Marshal(p.Code)
	}
	return json.Marshal(map[string]string{"org": p.Org})
}

// UnmarshalJSON reads both forms MarshalJSON writes.
func (p *Party) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*p = Party{Code: s}
		return nil
	}
	var o struct {
		Org  string `json:"org"`
		Code string `json:"code"`
	}
	if err := json.Unmarshal(b, &o); err != nil {
		return fmt.Errorf("party: %w", err)
	}
	*p = Party{Code: o.Code, Org: o.Org}
	return nil
}
