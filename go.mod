module github.com/digitaldistrict/egovkit

go 1.24

require (
	github.com/google/uuid v1.6.0
	github.com/shopspring/decimal v1.6.0
)

require pgregory.net/rapid v1.3.0
