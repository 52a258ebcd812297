package domain

import "context"

// Pinger is implemented by registers that can say cheaply whether their
// database answers (the web server's /readyz).
type Pinger interface {
	Ping(ctx context.Context) error
}
