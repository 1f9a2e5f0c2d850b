// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title KappaToken
/// @notice Mintable ERC-20 with EIP-2612 permit, for devnets and pilots. Any
/// ERC-20 can pay kappa rewards; this one exists so a local network has a
/// token whose supply the operator controls.
contract KappaToken is ERC20, ERC20Permit, Ownable {
    /// @param name_ token name (also the EIP-712 domain name used by permit)
    /// @param symbol_ token symbol
    /// @param owner_ the only address allowed to mint
    constructor(string memory name_, string memory symbol_, address owner_)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
        Ownable(owner_)
    {}

    /// @notice Mint `amount` tokens to `to`; only the owner may mint.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
